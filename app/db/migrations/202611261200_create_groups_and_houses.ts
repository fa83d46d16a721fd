import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable("groups")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("name", "text", (column) => column.notNull())
		.addColumn("code", "text", (column) => column.notNull().unique())
		.addColumn("contact_phone", "text")
		.addColumn("contact_email", "text")
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("updated_at", "text", (column) => column.notNull())
		.execute();

	await db.schema
		.createTable("houses")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id").onDelete("cascade"))
		.addColumn("name", "text", (column) => column.notNull())
		.addColumn("kind", "text", (column) => column.notNull())
		.addColumn("address", "text", (column) => column.notNull())
		.addColumn("postal_code", "text", (column) => column.notNull())
		.addColumn("locality", "text", (column) => column.notNull())
		.addColumn("phone", "text")
		.addColumn("email", "text")
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("updated_at", "text", (column) => column.notNull())
		.execute();
	await db.schema.createIndex("houses_group_id_name_idx").on("houses").columns(["group_id", "name"]).execute();
}
