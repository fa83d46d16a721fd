import type { Database } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { nowIso } from "#app/infra/clock.ts";
import { findThread, listMessages, markRead } from "./messaging.repository.server.ts";
import type { ThreadViewer } from "./thread-viewer.ts";

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
	await markRead(db, {
		threadId: thread.id,
		userId: viewer.kind === "guardian" ? viewer.userId : viewer.access.userId,
		side: viewer.kind,
		at: nowIso(),
	});
	return { thread, messages, readByStaffAt };
}
