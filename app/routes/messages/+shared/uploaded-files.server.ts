import type { UploadedFile } from "#app/domain/files/store-checked-files.server.ts";

/**
 * The files of a submitted form's file inputs named `field` (`attachments` for messages). An
 * empty file input sends a nameless empty file, which is no file; the checks by content come
 * later, in the use case.
 */
export async function uploadedFiles(formData: FormData, field = "attachments"): Promise<UploadedFile[]> {
	const files = formData.getAll(field).filter((value): value is File => value instanceof File);
	const chosen = files.filter((file) => file.size > 0 || file.name !== "");
	return Promise.all(chosen.map(async (file) => ({ name: file.name, content: Buffer.from(await file.arrayBuffer()) })));
}
