import type { Kysely } from "kysely";

/** Operators, staff of groups (with the houses a house manager runs) and staff invitations. */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable("houses")
		.addColumn("description", "text", (column) => column.notNull().defaultTo(""))
		.execute();

	await db.schema
		.createTable("operators")
		.addColumn("user_id", "text", (column) => column.primaryKey().references("users.id").onDelete("cascade"))
		.addColumn("created_at", "text", (column) => column.notNull())
		.execute();

	await db.schema
		.createTable("staff_memberships")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id").onDelete("cascade"))
		.addColumn("user_id", "text", (column) => column.notNull().references("users.id").onDelete("cascade"))
		.addColumn("role", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("updated_at", "text", (column) => column.notNull())
		.addUniqueConstraint("staff_memberships_group_user_key", ["group_id", "user_id"])
		.execute();
	await db.schema.createIndex("staff_memberships_user_idx").on("staff_memberships").column("user_id").execute();

	await db.schema
		.createTable("staff_membership_houses")
		.addColumn("membership_id", "text", (column) =>
			column.notNull().references("staff_memberships.id").onDelete("cascade"),
		)
		.addColumn("house_id", "text", (column) => column.notNull().references("houses.id").onDelete("cascade"))
		.addPrimaryKeyConstraint("staff_membership_houses_pkey", ["membership_id", "house_id"])
		.execute();

	await db.schema
		.createTable("staff_invitations")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id").onDelete("cascade"))
		.addColumn("email", "text", (column) => column.notNull())
		.addColumn("role", "text", (column) => column.notNull())
		.addColumn("house_ids", "text", (column) => column.notNull().defaultTo("[]"))
		.addColumn("token_hash", "text", (column) => column.notNull().unique())
		.addColumn("invited_by_user_id", "text", (column) => column.references("users.id").onDelete("set null"))
		.addColumn("expires_at", "text", (column) => column.notNull())
		.addColumn("accepted_at", "text")
		.addColumn("accepted_by_user_id", "text", (column) => column.references("users.id").onDelete("set null"))
		.addColumn("revoked_at", "text")
		.addColumn("created_at", "text", (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex("staff_invitations_group_idx")
		.on("staff_invitations")
		.columns(["group_id", "created_at"])
		.execute();
}
