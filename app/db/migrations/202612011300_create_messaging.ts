import type { Kysely } from "kysely";

/**
 * Messages (issue 13, decision 031):
 * - `message_threads`: one conversation about a child with one house of its group, with a
 *   subject; staff assign it to a colleague and mark it done. Who takes part is derived, not
 *   stored: the child's guardians (a guardian removed from the child loses the thread) and the
 *   staff who see the house;
 * - `messages`: what one side wrote, in order; `internal` notes are staff-only;
 * - `message_attachments`: files of a message, kept in the file storage under `storage_key`,
 *   with the type sniffed from their content, their size in bytes and the name to offer;
 * - `message_reads`: per participant (user) and thread, until when they have read it;
 * - `message_templates`: a house's (or the whole group's) ready answers.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable("message_threads")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id"))
		.addColumn("child_id", "text", (column) => column.notNull().references("children.id"))
		.addColumn("house_id", "text", (column) => column.notNull().references("houses.id"))
		.addColumn("subject", "text", (column) => column.notNull())
		.addColumn("started_by", "text", (column) => column.notNull())
		.addColumn("broadcast_id", "text")
		.addColumn("assigned_to_user_id", "text", (column) => column.references("users.id"))
		.addColumn("done_at", "text")
		.addColumn("last_message_at", "text", (column) => column.notNull())
		.addColumn("last_guardian_message_at", "text")
		.addColumn("last_staff_message_at", "text")
		.addColumn("created_at", "text", (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex("message_threads_house_last_idx")
		.on("message_threads")
		.columns(["house_id", "last_message_at"])
		.execute();
	await db.schema
		.createIndex("message_threads_child_last_idx")
		.on("message_threads")
		.columns(["child_id", "last_message_at"])
		.execute();

	await db.schema
		.createTable("messages")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("thread_id", "text", (column) => column.notNull().references("message_threads.id"))
		.addColumn("author_user_id", "text", (column) => column.notNull().references("users.id"))
		.addColumn("author_side", "text", (column) => column.notNull())
		.addColumn("internal", "boolean", (column) => column.notNull())
		.addColumn("body", "text", (column) => column.notNull())
		.addColumn("sent_at", "text", (column) => column.notNull())
		.execute();
	await db.schema.createIndex("messages_thread_sent_idx").on("messages").columns(["thread_id", "sent_at"]).execute();

	await db.schema
		.createTable("message_attachments")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("message_id", "text", (column) => column.notNull().references("messages.id"))
		.addColumn("storage_key", "text", (column) => column.notNull().unique())
		.addColumn("media_type", "text", (column) => column.notNull())
		.addColumn("size_bytes", "integer", (column) => column.notNull())
		.addColumn("name", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex("message_attachments_message_idx")
		.on("message_attachments")
		.column("message_id")
		.execute();

	await db.schema
		.createTable("message_reads")
		.addColumn("thread_id", "text", (column) => column.notNull().references("message_threads.id"))
		.addColumn("user_id", "text", (column) => column.notNull().references("users.id"))
		.addColumn("side", "text", (column) => column.notNull())
		.addColumn("read_at", "text", (column) => column.notNull())
		.addPrimaryKeyConstraint("message_reads_pkey", ["thread_id", "user_id"])
		.execute();

	await db.schema
		.createTable("message_templates")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id"))
		.addColumn("house_id", "text", (column) => column.references("houses.id"))
		.addColumn("title", "text", (column) => column.notNull())
		.addColumn("body", "text", (column) => column.notNull())
		.addColumn("created_by_user_id", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.execute();
	await db.schema.createIndex("message_templates_group_idx").on("message_templates").column("group_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ["message_templates", "message_reads", "message_attachments", "messages", "message_threads"]) {
		await db.schema.dropTable(table).execute();
	}
}
