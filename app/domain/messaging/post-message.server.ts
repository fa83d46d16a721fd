import type { Database } from "#app/db/db.server.ts";
import type { MessageSide } from "#app/db/schema.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { markRead } from "./messaging.repository.server.ts";
import { notifyNewMessage } from "./notify-message.server.ts";
import type { StoredAttachment } from "./store-attachments.server.ts";
import { refreshUnreadThread } from "./unread-threads.repository.server.ts";

/**
 * Writes one message with its attachment rows inside the caller's transaction, moves the
 * thread's activity instants (not for an internal note: the family sees no news), marks it
 * read by its author, keeps the staff's unread rows (decision 040) and enqueues the
 * notification mails. Returns the message id.
 */
export async function postMessage(
	trx: Database,
	options: {
		thread: {
			id: string;
			group_id: string;
			child_id: string;
			house_id: string;
			subject: string;
			assigned_to_user_id: string | null;
		};
		authorUserId: string;
		side: MessageSide;
		body: string;
		internal?: boolean;
		attachments?: StoredAttachment[];
	},
): Promise<string> {
	const { thread, authorUserId, side, body } = options;
	const internal = options.internal ?? false;
	const at = nowIso();
	const messageId = newId();
	await trx
		.insertInto("messages")
		.values({
			id: messageId,
			thread_id: thread.id,
			author_user_id: authorUserId,
			author_side: side,
			internal,
			body,
			sent_at: at,
		})
		.execute();
	for (const file of options.attachments ?? []) {
		await trx
			.insertInto("message_attachments")
			.values({
				id: file.id,
				message_id: messageId,
				storage_key: file.storageKey,
				media_type: file.mediaType,
				size_bytes: file.size,
				name: file.name,
				created_at: at,
			})
			.execute();
	}
	if (!internal) {
		await trx
			.updateTable("message_threads")
			.set(
				side === "guardian"
					? { last_message_at: at, last_guardian_message_at: at, done_at: null }
					: { last_message_at: at, last_staff_message_at: at },
			)
			.where("id", "=", thread.id)
			.execute();
		await notifyNewMessage(trx, { thread, authorUserId, authorSide: side, body });
	}
	await markRead(trx, { threadId: thread.id, userId: authorUserId, side, at });
	// The family's message is news for every staff member; otherwise only the author's read moved.
	await refreshUnreadThread(trx, {
		threadId: thread.id,
		groupId: thread.group_id,
		userId: side === "guardian" ? undefined : authorUserId,
	});
	return messageId;
}
