import type { Kysely } from "kysely";

/**
 * A child's explicit enrolment in a house (a crèche place, out-of-school care), dated by staff.
 * Enrolment implied by a registration in one of the house's offers is not stored: the scope
 * query derives it from `registrations` (decision 013). Readers, like house managers, now keep
 * their houses in `staff_membership_houses`; existing readers start with none (least privilege).
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable("enrolments")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id").onDelete("cascade"))
		.addColumn("child_id", "text", (column) => column.notNull().references("children.id").onDelete("cascade"))
		.addColumn("house_id", "text", (column) => column.notNull().references("houses.id").onDelete("cascade"))
		.addColumn("starts_on", "text", (column) => column.notNull())
		.addColumn("ends_on", "text")
		.addColumn("created_by_user_id", "text", (column) => column.references("users.id").onDelete("set null"))
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("ended_by_user_id", "text", (column) => column.references("users.id").onDelete("set null"))
		.addColumn("updated_at", "text", (column) => column.notNull())
		.execute();
	// The scope query looks up a house's children; the dossier lists a child's houses.
	await db.schema
		.createIndex("enrolments_house_child_idx")
		.on("enrolments")
		.columns(["house_id", "child_id", "ends_on"])
		.execute();
	await db.schema.createIndex("enrolments_child_idx").on("enrolments").columns(["child_id", "starts_on"]).execute();
	// The derived enrolment: a child's registrations in an offer of a house.
	await db.schema.createIndex("offers_house_last_day_idx").on("offers").columns(["house_id", "last_day"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex("offers_house_last_day_idx").execute();
	await db.schema.dropTable("enrolments").execute();
}
