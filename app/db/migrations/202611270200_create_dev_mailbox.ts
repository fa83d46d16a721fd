import type { Kysely } from "kysely";

/**
 * The dev mailbox: where outgoing mail lands when no SMTP server is configured, shown at
 * /dev/mailbox outside production. The table exists everywhere (one schema for every
 * installation) and simply stays empty where mail really leaves.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable("dev_mailbox_messages")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("to_address", "text", (column) => column.notNull())
		.addColumn("subject", "text", (column) => column.notNull())
		.addColumn("text_body", "text", (column) => column.notNull())
		.addColumn("html_body", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex("dev_mailbox_messages_created_idx")
		.on("dev_mailbox_messages")
		.column("created_at")
		.execute();
}
