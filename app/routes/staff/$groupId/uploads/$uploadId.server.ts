import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { decideUpload } from "#app/domain/documents/decide-upload.server.ts";
import { reviewIntents } from "#app/domain/documents/review-choices.ts";
import { acceptUploadSchema, refuseUploadSchema } from "#app/domain/documents/review-input.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { staffUpload } from "./+shared/upload-access.server.ts";
import type { Route } from "./+types/$uploadId";

/** One family's document: who sent it, for which child and house, its note, its state. */
export async function loader(args: Route.LoaderArgs) {
	const { staff, upload } = await staffUpload(args);
	return {
		groupId: staff.group.id,
		upload: {
			id: upload.id,
			type: upload.type,
			status: upload.status,
			note: upload.note,
			fileName: upload.name,
			sizeKb: Math.max(1, Math.round(upload.size_bytes / 1024)),
			refusalReason: upload.refusal_reason,
			decidedAt: upload.decided_at,
			createdAt: upload.created_at,
			houseId: upload.house_id,
			houseName: upload.house_name,
			childId: upload.child_id,
			childName: `${upload.child_first_name} ${upload.child_last_name}`.trim(),
			senderName: `${upload.uploader_first_name} ${upload.uploader_last_name}`.trim(),
		},
		constraints: { refuse: formConstraint(refuseUploadSchema) },
	};
}

/** « Accepter le document » or « Refuser le document » (with the reason the family reads). */
export async function action(args: Route.ActionArgs) {
	const { staff, upload } = await staffUpload(args);
	const formData = await readForm(args.request);
	const intent = formData.get("intent");
	if (intent !== reviewIntents.accept && intent !== reviewIntents.refuse) throw data(null, { status: 400 });
	const here = `/staff/${staff.group.id}/uploads/${upload.id}`;
	return handleForm({
		request: args.request,
		formData,
		schema: intent === reviewIntents.accept ? acceptUploadSchema : refuseUploadSchema,
		run: async (values) => {
			await decideUpload({
				db: getDb(),
				actor: staff.actor,
				uploadId: upload.id,
				decision: intent,
				reason: "reason" in values ? values.reason : undefined,
			});
			return redirectWithFlash(here, {
				message: intent === reviewIntents.accept ? "uploads.review.accepted" : "uploads.review.refused",
			});
		},
	});
}
