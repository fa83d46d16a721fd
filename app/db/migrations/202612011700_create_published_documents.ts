import type { Kysely } from "kysely";

/**
 * Documents staff publish to families (issue 13, decision 038):
 * - `published_documents`: one file a house published (« Ce qu'il faut apporter », its rules),
 *   kept once in the file storage under `storage_key`, with its French title, optional
 *   translated titles, an optional short description, to whom it went (`audience_*`) and,
 *   once withdrawn, when and by whom (the row stays, parents no longer see it);
 * - `published_document_recipients`: one row per family reached, i.e. per child (the child's
 *   current guardians see it through the child), with the first time a guardian opened it.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable("published_documents")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id"))
		.addColumn("house_id", "text", (column) => column.notNull().references("houses.id"))
		.addColumn("title", "text", (column) => column.notNull())
		.addColumn("title_nl", "text")
		.addColumn("title_de", "text")
		.addColumn("title_en", "text")
		.addColumn("description", "text")
		.addColumn("storage_key", "text", (column) => column.notNull().unique())
		.addColumn("media_type", "text", (column) => column.notNull())
		.addColumn("size_bytes", "integer", (column) => column.notNull())
		.addColumn("file_name", "text", (column) => column.notNull())
		.addColumn("audience_kind", "text", (column) => column.notNull())
		.addColumn("audience_offer_id", "text", (column) => column.references("offers.id"))
		.addColumn("audience_status", "text")
		.addColumn("published_by_user_id", "text", (column) => column.notNull().references("users.id"))
		.addColumn("published_at", "text", (column) => column.notNull())
		.addColumn("withdrawn_at", "text")
		.addColumn("withdrawn_by_user_id", "text", (column) => column.references("users.id"))
		.execute();
	await db.schema
		.createIndex("published_documents_house_published_idx")
		.on("published_documents")
		.columns(["house_id", "published_at", "id"])
		.execute();

	await db.schema
		.createTable("published_document_recipients")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("document_id", "text", (column) => column.notNull().references("published_documents.id"))
		.addColumn("child_id", "text", (column) => column.notNull().references("children.id"))
		.addColumn("opened_at", "text")
		.addColumn("opened_by_user_id", "text", (column) => column.references("users.id"))
		.addUniqueConstraint("published_document_recipients_document_child_key", ["document_id", "child_id"])
		.execute();
	await db.schema
		.createIndex("published_document_recipients_child_idx")
		.on("published_document_recipients")
		.column("child_id")
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable("published_document_recipients").execute();
	await db.schema.dropTable("published_documents").execute();
}
