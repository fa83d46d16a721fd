import { AppError } from "#app/domain/app-error.ts";
import { checkAttachmentSet } from "#app/domain/files/attachment-limits.ts";
import { type StoredFile, storeCheckedFiles, type UploadedFile } from "#app/domain/files/store-checked-files.server.ts";
import type { FileStorage } from "#app/infra/storage/file-storage.ts";

export type { UploadedFile } from "#app/domain/files/store-checked-files.server.ts";

/** A checked file written to the storage, waiting for its row. */
export type StoredAttachment = StoredFile;

/**
 * Checks a message's files (count, total, then each by content; nothing is written until all
 * pass) and writes them under `messages/<threadId>/`. The caller inserts the rows in its
 * transaction and calls `discard` if that fails, so no file outlives a failed send; a crash in
 * between leaves files that the periodic clean-up removes.
 *
 * @throws AppError VALIDATION `attachments: messages.attachments.<problem>` (see
 *   `AttachmentProblem`, plus `tooMany` and `totalTooLarge`).
 */
export async function storeAttachments(options: {
	storage: FileStorage;
	threadId: string;
	files: UploadedFile[];
}): Promise<{ stored: StoredAttachment[]; discard: () => Promise<void> }> {
	const { storage, threadId, files } = options;
	const setProblem = checkAttachmentSet(files.map((file) => file.content.length));
	if (setProblem) {
		throw new AppError("VALIDATION", { fieldErrors: { attachments: [`messages.attachments.${setProblem}`] } });
	}
	return storeCheckedFiles({ storage, folder: `messages/${threadId}`, files, field: "attachments" });
}
