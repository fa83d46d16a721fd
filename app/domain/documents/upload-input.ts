/** The parent's form « Envoyer un document », shared by the browser and the action. */
import { z } from "zod";
import { documentUploadTypes, MAX_UPLOAD_NOTE_LENGTH } from "./document-uploads.ts";

/** « Envoyer le document »: the house, the type and a note; the file travels beside (`file`). */
export const uploadDocumentSchema = z.object({
	houseId: z.string({ message: "uploads.form.houseRequired" }).trim().min(1, "uploads.form.houseRequired").max(64),
	type: z.enum(documentUploadTypes, { message: "uploads.form.typeRequired" }),
	note: z
		.string()
		.trim()
		.max(MAX_UPLOAD_NOTE_LENGTH, "uploads.form.noteTooLong")
		.optional()
		.transform((note) => note ?? ""),
});
