import { AppError } from "#app/domain/app-error.ts";
import { checkAttachmentSet } from "#app/domain/files/attachment-limits.ts";
import { type CheckedAttachment, checkAttachment } from "#app/domain/files/check-attachment.server.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { newId } from "#app/infra/ids.ts";
import type { FileStorage } from "#app/infra/storage/file-storage.ts";

/** A file as the route read it from the form. */
export type UploadedFile = { name: string; content: Buffer };

/** A checked file written to the storage, waiting for its row. */
export type StoredAttachment = CheckedAttachment & { id: string; storageKey: string };

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
	const refuse = (problem: string): never => {
		throw new AppError("VALIDATION", { fieldErrors: { attachments: [`messages.attachments.${problem}`] } });
	};
	const setProblem = checkAttachmentSet(files.map((file) => file.content.length));
	if (setProblem) refuse(setProblem);
	const checked: CheckedAttachment[] = [];
	for (const file of files) {
		const check = await checkAttachment({
			content: file.content,
			originalName: file.name,
			clamdSocket: getConfig().clamdSocket,
		});
		if (!check.ok) return refuse(check.problem);
		checked.push(check.file);
	}
	const stored: StoredAttachment[] = [];
	const discard = async () => {
		await Promise.allSettled(stored.map((file) => storage.delete(file.storageKey)));
	};
	try {
		for (const file of checked) {
			const id = newId();
			const storageKey = `messages/${threadId}/${id}`;
			stored.push({ ...file, id, storageKey });
			await storage.put(storageKey, file.content);
		}
	} catch (error) {
		await discard();
		throw error;
	}
	return { stored, discard };
}
