import type { UploadedFile } from "#app/domain/messaging/store-attachments.server.ts";

/**
 * The files of a submitted form's `attachments` inputs. An empty file input sends a nameless
 * empty file, which is no attachment; the checks by content come later, in the use case.
 */
export async function uploadedFiles(formData: FormData): Promise<UploadedFile[]> {
	const files = formData.getAll("attachments").filter((value): value is File => value instanceof File);
	const chosen = files.filter((file) => file.size > 0 || file.name !== "");
	return Promise.all(chosen.map(async (file) => ({ name: file.name, content: Buffer.from(await file.arrayBuffer()) })));
}
