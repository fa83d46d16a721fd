import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { uploadDocument } from "#app/domain/documents/upload-document.server.ts";
import { uploadDocumentSchema } from "#app/domain/documents/upload-input.ts";
import { listUploadsOfChild } from "#app/domain/documents/uploads.repository.server.ts";
import { messageHousesOfChild } from "#app/domain/messaging/message-houses.server.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { guardianDossier, missingDocumentsForLoaders } from "../../../+shared/dossier/dossier-context.server.ts";
import { uploadedFiles } from "../../../messages/+shared/uploaded-files.server.ts";
import type { Route } from "./+types/uploads";

/**
 * « Mes documents envoyés » of a child: the houses a document may go to (those of « Nouveau
 * message »), the documents they require that are still missing, and every upload about the
 * child (sent by any of its guardians) with its state.
 */
export async function loader(args: Route.LoaderArgs) {
	const { child, actor } = await guardianDossier(args);
	const db = getDb();
	const [houses, uploads, missing] = await Promise.all([
		messageHousesOfChild(db, child, dateInBrussels()),
		listUploadsOfChild(db, actor.viewer, child.id),
		missingDocumentsForLoaders(args, child),
	]);
	return {
		child: { id: child.id, firstName: child.first_name || child.last_name },
		houses,
		missing,
		uploads: uploads.map((upload) => ({
			id: upload.id,
			type: upload.type,
			houseId: upload.house_id,
			houseName: upload.house_name,
			senderName: `${upload.uploader_first_name} ${upload.uploader_last_name}`.trim(),
			note: upload.note,
			fileName: upload.name,
			status: upload.status,
			refusalReason: upload.refusal_reason,
			createdAt: upload.created_at,
		})),
		constraints: { upload: formConstraint(uploadDocumentSchema) },
	};
}

/** « Envoyer le document »: the file is checked by content, then kept for the house to review. */
export async function action(args: Route.ActionArgs) {
	const { child, actor } = await guardianDossier(args);
	const formData = await readForm(args.request);
	return handleForm({
		request: args.request,
		formData,
		schema: uploadDocumentSchema,
		hideFields: ["file"],
		run: async (values) => {
			// The form has one file input: a second file is refused, not dropped unseen.
			if (formData.getAll("file").length > 1) {
				throw new AppError("VALIDATION", { fieldErrors: { file: ["uploads.form.oneFile"] } });
			}
			const [file] = await uploadedFiles(formData, "file");
			await uploadDocument({
				db: getDb(),
				storage: getFileStorage(),
				actor,
				childId: child.id,
				houseId: values.houseId,
				type: values.type,
				note: values.note,
				file,
			});
			return redirectWithFlash(`/children/${child.id}/documents/uploads`, { message: "uploads.parent.sent" });
		},
	});
}
