import type { Kysely } from "kysely";

/**
 * Camps (stages) and activities — one `offers` table, told apart by `kind` — their periods,
 * and registrations. The offer row carries its own counters (`places_taken`, `waiting_count`),
 * updated in the transaction that changes a registration while the offer row is locked:
 * that is what keeps capacity exact under concurrency.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable("periods")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id").onDelete("cascade"))
		.addColumn("name", "text", (column) => column.notNull())
		.addColumn("starts_on", "text", (column) => column.notNull())
		.addColumn("ends_on", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.execute();
	await db.schema.createIndex("periods_group_idx").on("periods").columns(["group_id", "starts_on"]).execute();

	await db.schema
		.createTable("offers")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id").onDelete("cascade"))
		.addColumn("house_id", "text", (column) => column.notNull().references("houses.id").onDelete("cascade"))
		.addColumn("kind", "text", (column) => column.notNull())
		.addColumn("period_id", "text", (column) => column.references("periods.id").onDelete("set null"))
		.addColumn("title", "text", (column) => column.notNull())
		.addColumn("description", "text", (column) => column.notNull().defaultTo(""))
		.addColumn("first_day", "text", (column) => column.notNull())
		.addColumn("last_day", "text", (column) => column.notNull())
		.addColumn("dates", "text", (column) => column.notNull().defaultTo("[]"))
		.addColumn("start_time", "text", (column) => column.notNull())
		.addColumn("end_time", "text", (column) => column.notNull())
		.addColumn("price_cents", "integer", (column) => column.notNull())
		.addColumn("care_price_cents", "integer")
		.addColumn("care_optional", "boolean", (column) => column.notNull().defaultTo(true))
		.addColumn("min_age_months", "integer")
		.addColumn("max_age_months", "integer")
		.addColumn("capacity", "integer", (column) => column.notNull())
		.addColumn("waiting_list_size", "integer", (column) => column.notNull())
		.addColumn("opens_at", "text", (column) => column.notNull())
		.addColumn("closes_at", "text", (column) => column.notNull())
		.addColumn("cancel_until", "text")
		.addColumn("confirmation_mode", "text", (column) => column.notNull())
		.addColumn("resident_postal_codes", "text", (column) => column.notNull().defaultTo("[]"))
		.addColumn("status", "text", (column) => column.notNull())
		.addColumn("places_taken", "integer", (column) => column.notNull().defaultTo(0))
		.addColumn("waiting_count", "integer", (column) => column.notNull().defaultTo(0))
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("updated_at", "text", (column) => column.notNull())
		.execute();
	await db.schema.createIndex("offers_group_idx").on("offers").columns(["group_id", "kind", "first_day"]).execute();
	await db.schema.createIndex("offers_house_idx").on("offers").columns(["house_id", "first_day"]).execute();

	await db.schema
		.createTable("registrations")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("offer_id", "text", (column) => column.notNull().references("offers.id").onDelete("cascade"))
		.addColumn("child_id", "text", (column) => column.notNull().references("children.id").onDelete("cascade"))
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id").onDelete("cascade"))
		.addColumn("status", "text", (column) => column.notNull())
		.addColumn("with_care", "boolean", (column) => column.notNull().defaultTo(false))
		.addColumn("queued_at", "text", (column) => column.notNull())
		.addColumn("refusal_reason", "text")
		.addColumn("decided_by_user_id", "text", (column) => column.references("users.id").onDelete("set null"))
		.addColumn("decided_at", "text")
		.addColumn("cancelled_by_user_id", "text", (column) => column.references("users.id").onDelete("set null"))
		.addColumn("cancelled_at", "text")
		.addColumn("created_by_user_id", "text", (column) => column.references("users.id").onDelete("set null"))
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("updated_at", "text", (column) => column.notNull())
		.addUniqueConstraint("registrations_offer_child_key", ["offer_id", "child_id"])
		.execute();
	await db.schema
		.createIndex("registrations_offer_status_idx")
		.on("registrations")
		.columns(["offer_id", "status", "queued_at"])
		.execute();
	await db.schema.createIndex("registrations_child_idx").on("registrations").column("child_id").execute();

	await db.schema
		.createTable("calendar_feeds")
		.addColumn("user_id", "text", (column) => column.primaryKey().references("users.id").onDelete("cascade"))
		.addColumn("token", "text", (column) => column.notNull().unique())
		.addColumn("created_at", "text", (column) => column.notNull())
		.execute();
}
