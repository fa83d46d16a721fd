/** The dev mailbox's storage: what the dev transport writes and /dev/mailbox reads. */
import type { Database } from "#app/db/db.server.ts";
import type { DevMailboxMessagesTable } from "#app/db/schema.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";

export type DevMailboxMessage = DevMailboxMessagesTable;

export async function storeDevMailboxMessage(
	db: Database,
	message: { to: string; subject: string; text: string; html: string },
): Promise<void> {
	await db
		.insertInto("dev_mailbox_messages")
		.values({
			id: newId(),
			to_address: message.to,
			subject: message.subject,
			text_body: message.text,
			html_body: message.html,
			created_at: nowIso(),
		})
		.execute();
}

/** The newest messages first (ids are time-ordered, which breaks ties of a pinned clock). */
export async function listDevMailboxMessages(db: Database, options: { limit: number }): Promise<DevMailboxMessage[]> {
	return db
		.selectFrom("dev_mailbox_messages")
		.selectAll()
		.orderBy("created_at", "desc")
		.orderBy("id", "desc")
		.limit(options.limit)
		.execute();
}
