import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { Actor } from "#app/domain/actor.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { findChild } from "#app/domain/families/families.repository.server.ts";
import { dateInBrussels, nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import type { FileStorage } from "#app/infra/storage/file-storage.ts";
import { messageHousesOfChild } from "./message-houses.server.ts";
import { postMessage } from "./post-message.server.ts";
import { storeAttachments, type UploadedFile } from "./store-attachments.server.ts";

/**
 * « Envoyer le message »: a guardian opens a thread about their child with one of the child's
 * houses (`messageHousesOfChild`), with a subject, a body and up to 2 files. The files are
 * checked and written first, then the thread, the message and the attachment rows in one
 * transaction with the audit row and the staff's notification mails; if the transaction fails
 * the files are deleted. Returns the new thread's id.
 *
 * @throws AppError NOT_FOUND for a child that is not the actor's; VALIDATION `houseId:
 *   messages.new.houseNotAllowed` for a house the child does not belong to; the attachment
 *   errors of `storeAttachments`.
 */
export async function startThread(options: {
	db: Database;
	storage: FileStorage;
	/** The guardian writing. */
	actor: Actor;
	childId: string;
	houseId: string;
	subject: string;
	body: string;
	files?: UploadedFile[];
}): Promise<string> {
	const { db, storage, actor } = options;
	const child = await findChild(db, { kind: "guardian", userId: actor.userId }, options.childId);
	if (!child) throw new AppError("NOT_FOUND");
	const houses = await messageHousesOfChild(db, child, dateInBrussels());
	if (!houses.some((house) => house.id === options.houseId)) {
		throw new AppError("VALIDATION", { fieldErrors: { houseId: ["messages.new.houseNotAllowed"] } });
	}
	const threadId = newId();
	const { stored, discard } = await storeAttachments({ storage, threadId, files: options.files ?? [] });
	try {
		await withTransaction(db, async (trx) => {
			const at = nowIso();
			const thread = {
				id: threadId,
				group_id: child.group_id,
				child_id: child.id,
				house_id: options.houseId,
				subject: options.subject,
				assigned_to_user_id: null,
			};
			await trx
				.insertInto("message_threads")
				.values({ ...thread, started_by: "guardian", last_message_at: at, created_at: at })
				.execute();
			await postMessage(trx, {
				thread,
				authorUserId: actor.userId,
				side: "guardian",
				body: options.body,
				attachments: stored,
			});
			await recordAuditEvent(trx, {
				actorUserId: actor.userId,
				groupId: child.group_id,
				action: "message.thread.started",
				targetType: "message_thread",
				targetId: threadId,
				ipAddress: actor.ipAddress,
				details: { attachments: stored.length },
			});
		});
	} catch (error) {
		await discard();
		throw error;
	}
	wakeMailSender();
	return threadId;
}
