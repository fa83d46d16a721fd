import type { Kysely } from "kysely";

/**
 * Documents parents upload for a house (issue 13, decision 037):
 * - `document_uploads`: one file about a child sent to one of the child's houses, with its type
 *   (medical certificate, mutuality form, proof of income, other), an optional note, the file
 *   (storage key, sniffed type, size in bytes, download name) and the house's decision
 *   (`pending` · `accepted` · `refused` with a reason, who and when);
 * - `house_required_documents`: the types a house requires of every child enrolled or
 *   registered in it; a type without an accepted upload shows in the dossier's missing data.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable("document_uploads")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id"))
		.addColumn("house_id", "text", (column) => column.notNull().references("houses.id"))
		.addColumn("child_id", "text", (column) => column.notNull().references("children.id"))
		.addColumn("uploaded_by_user_id", "text", (column) => column.notNull().references("users.id"))
		.addColumn("type", "text", (column) => column.notNull())
		.addColumn("note", "text", (column) => column.notNull())
		.addColumn("storage_key", "text", (column) => column.notNull().unique())
		.addColumn("media_type", "text", (column) => column.notNull())
		.addColumn("size_bytes", "integer", (column) => column.notNull())
		.addColumn("name", "text", (column) => column.notNull())
		.addColumn("status", "text", (column) => column.notNull())
		.addColumn("refusal_reason", "text")
		.addColumn("decided_by_user_id", "text", (column) => column.references("users.id"))
		.addColumn("decided_at", "text")
		.addColumn("created_at", "text", (column) => column.notNull())
		.execute();
	// The staff list of a house (by state or not, newest first) and a child's uploads.
	await db.schema
		.createIndex("document_uploads_house_status_idx")
		.on("document_uploads")
		.columns(["house_id", "status", "created_at", "id"])
		.execute();
	await db.schema
		.createIndex("document_uploads_house_created_idx")
		.on("document_uploads")
		.columns(["house_id", "created_at", "id"])
		.execute();
	await db.schema
		.createIndex("document_uploads_child_idx")
		.on("document_uploads")
		.columns(["child_id", "created_at"])
		.execute();

	await db.schema
		.createTable("house_required_documents")
		.addColumn("house_id", "text", (column) => column.notNull().references("houses.id"))
		.addColumn("type", "text", (column) => column.notNull())
		.addPrimaryKeyConstraint("house_required_documents_pkey", ["house_id", "type"])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable("house_required_documents").execute();
	await db.schema.dropTable("document_uploads").execute();
}
