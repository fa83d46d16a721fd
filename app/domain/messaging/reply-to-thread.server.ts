import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { Actor } from "#app/domain/actor.ts";
import { AppError } from "#app/domain/app-error.ts";
import { staffPermissions } from "#app/domain/groups/permissions.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import type { FileStorage } from "#app/infra/storage/file-storage.ts";
import { findThread } from "./messaging.repository.server.ts";
import { postMessage } from "./post-message.server.ts";
import { storeAttachments, type UploadedFile } from "./store-attachments.server.ts";
import type { ThreadViewer } from "./thread-viewer.ts";

/**
 * A reply in a thread, by a guardian of its child or by staff of its house; staff may instead
 * write an internal note that the family never sees nor hears of. Files as in `startThread`:
 * checked and written first, deleted again if the transaction fails. A family's reply reopens
 * a thread marked done. Returns the message id.
 *
 * @throws AppError NOT_FOUND for a thread outside the viewer's scope; FORBIDDEN for read-only
 *   staff (animators); the attachment errors of `storeAttachments`.
 */
export async function replyToThread(options: {
	db: Database;
	storage: FileStorage;
	actor: Actor;
	viewer: ThreadViewer;
	threadId: string;
	body: string;
	/** Staff only: a note for colleagues. */
	internal?: boolean;
	files?: UploadedFile[];
}): Promise<string> {
	const { db, storage, actor, viewer } = options;
	const thread = await findThread(db, viewer, options.threadId);
	if (!thread) throw new AppError("NOT_FOUND");
	if (viewer.kind === "staff" && staffPermissions(viewer.access).readOnly) throw new AppError("FORBIDDEN");
	const internal = viewer.kind === "staff" && options.internal === true;
	const { stored, discard } = await storeAttachments({ storage, threadId: thread.id, files: options.files ?? [] });
	let messageId: string;
	try {
		messageId = await withTransaction(db, (trx) =>
			postMessage(trx, {
				thread,
				authorUserId: actor.userId,
				side: viewer.kind,
				body: options.body,
				internal,
				attachments: stored,
			}),
		);
	} catch (error) {
		await discard();
		throw error;
	}
	wakeMailSender();
	return messageId;
}
