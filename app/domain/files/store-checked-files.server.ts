import { AppError } from "#app/domain/app-error.ts";
import { type CheckedAttachment, checkAttachment } from "#app/domain/files/check-attachment.server.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { newId } from "#app/infra/ids.ts";
import type { FileStorage } from "#app/infra/storage/file-storage.ts";

/** A file as the route read it from the form. */
export type UploadedFile = { name: string; content: Buffer };

/** A checked file written to the storage, waiting for its row. */
export type StoredFile = CheckedAttachment & { id: string; storageKey: string };

/**
 * Checks files by content (decision 032; nothing is written until all pass) and writes each
 * under `<folder>/<new id>`. The caller inserts the rows in its transaction and calls `discard`
 * if that fails, so no file outlives a failed save; a crash in between leaves files that the
 * periodic clean-up removes.
 *
 * @throws AppError VALIDATION `<field>: messages.attachments.<problem>` (see `AttachmentProblem`).
 */
export async function storeCheckedFiles(options: {
	storage: FileStorage;
	/** Storage folder, without a trailing slash: `messages/<thread>`, `uploads/<child>`. */
	folder: string;
	files: UploadedFile[];
	/** The form field the errors belong to. */
	field: string;
}): Promise<{ stored: StoredFile[]; discard: () => Promise<void> }> {
	const { storage, folder, files, field } = options;
	const checked: CheckedAttachment[] = [];
	for (const file of files) {
		const check = await checkAttachment({
			content: file.content,
			originalName: file.name,
			clamdSocket: getConfig().clamdSocket,
		});
		if (!check.ok) {
			throw new AppError("VALIDATION", { fieldErrors: { [field]: [`messages.attachments.${check.problem}`] } });
		}
		checked.push(check.file);
	}
	const stored: StoredFile[] = [];
	const discard = async () => {
		await Promise.allSettled(stored.map((file) => storage.delete(file.storageKey)));
	};
	try {
		for (const file of checked) {
			const id = newId();
			const storageKey = `${folder}/${id}`;
			stored.push({ ...file, id, storageKey });
			await storage.put(storageKey, file.content);
		}
	} catch (error) {
		await discard();
		throw error;
	}
	return { stored, discard };
}
