import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { DocumentUploadType } from "#app/db/schema.ts";
import type { Actor } from "#app/domain/actor.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { findChild } from "#app/domain/families/families.repository.server.ts";
import { storeCheckedFiles, type UploadedFile } from "#app/domain/files/store-checked-files.server.ts";
import { messageHousesOfChild } from "#app/domain/messaging/message-houses.server.ts";
import { dateInBrussels, nowIso } from "#app/infra/clock.ts";
import type { FileStorage } from "#app/infra/storage/file-storage.ts";

/**
 * « Envoyer le document »: a guardian sends one file about their child to one of the child's
 * houses (the same houses as « Nouveau message »: a current enrolment or a live registration,
 * decision 013), with a type and an optional note. The file is checked by content and written
 * first (decision 032), then the row (state `pending`) and the audit row in one transaction; if
 * the transaction fails the file is deleted. Returns the upload's id.
 *
 * @throws AppError NOT_FOUND for a child that is not the actor's; VALIDATION `houseId:
 *   uploads.form.houseNotAllowed` for a house the child does not belong to, `file:
 *   uploads.form.fileRequired` without a file, and `file: messages.attachments.<problem>` for a
 *   file the checks refuse.
 */
export async function uploadDocument(options: {
	db: Database;
	storage: FileStorage;
	/** The guardian sending. */
	actor: Actor;
	childId: string;
	houseId: string;
	type: DocumentUploadType;
	/** Empty when none. */
	note: string;
	file: UploadedFile | undefined;
}): Promise<string> {
	const { db, storage, actor } = options;
	const child = await findChild(db, { kind: "guardian", userId: actor.userId }, options.childId);
	if (!child) throw new AppError("NOT_FOUND");
	const houses = await messageHousesOfChild(db, child, dateInBrussels());
	if (!houses.some((house) => house.id === options.houseId)) {
		throw new AppError("VALIDATION", { fieldErrors: { houseId: ["uploads.form.houseNotAllowed"] } });
	}
	if (!options.file) throw new AppError("VALIDATION", { fieldErrors: { file: ["uploads.form.fileRequired"] } });
	const { stored, discard } = await storeCheckedFiles({
		storage,
		folder: `uploads/${child.id}`,
		files: [options.file],
		field: "file",
	});
	const [file] = stored;
	if (!file) throw new Error("the checked file was not stored");
	try {
		await withTransaction(db, async (trx) => {
			await trx
				.insertInto("document_uploads")
				.values({
					id: file.id,
					group_id: child.group_id,
					house_id: options.houseId,
					child_id: child.id,
					uploaded_by_user_id: actor.userId,
					type: options.type,
					note: options.note,
					storage_key: file.storageKey,
					media_type: file.mediaType,
					size_bytes: file.size,
					name: file.name,
					status: "pending",
					refusal_reason: null,
					decided_by_user_id: null,
					decided_at: null,
					created_at: nowIso(),
				})
				.execute();
			await recordAuditEvent(trx, {
				actorUserId: actor.userId,
				groupId: child.group_id,
				action: "child.document.uploaded",
				targetType: "child",
				targetId: child.id,
				ipAddress: actor.ipAddress,
				details: { houseId: options.houseId, uploadId: file.id, type: options.type },
			});
		});
	} catch (error) {
		await discard();
		throw error;
	}
	return file.id;
}
