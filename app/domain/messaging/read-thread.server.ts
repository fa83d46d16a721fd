import { type Database, withTransaction } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { nowIso } from "#app/infra/clock.ts";
import { findThread, listMessages, markRead } from "./messaging.repository.server.ts";
import { type ThreadViewer, viewerUserId } from "./thread-viewer.ts";
import { lockThreadForRead, refreshUnreadThread } from "./unread-threads.repository.server.ts";

/**
 * Opens a thread: its messages (internal notes for staff only) and attachments, and marks it
 * read by the viewer now. For guardians `readByStaffAt` says until when staff have read it,
 * so each of the family's messages can show « Lu ».
 *
 * @throws AppError NOT_FOUND for a thread outside the viewer's scope.
 */
export async function readThread(options: { db: Database; viewer: ThreadViewer; threadId: string }) {
	const { db, viewer } = options;
	const thread = await findThread(db, viewer, options.threadId);
	if (!thread) throw new AppError("NOT_FOUND");
	const { messages, readByStaffAt } = await listMessages(db, thread, viewer);
	const userId = viewerUserId(viewer);
	await withTransaction(db, async (trx) => {
		await lockThreadForRead(trx, thread.id);
		await markRead(trx, { threadId: thread.id, userId, side: viewer.kind, at: nowIso() });
		await refreshUnreadThread(trx, { threadId: thread.id, groupId: thread.group_id, userId });
	});
	return { thread, messages, readByStaffAt };
}
