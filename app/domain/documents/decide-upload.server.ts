import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { Actor } from "#app/domain/actor.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { childDisplayName, mailGuardians } from "#app/domain/families/guardian-mail.server.ts";
import { type StaffAccess, staffPermissions } from "#app/domain/groups/permissions.ts";
import { nowIso } from "#app/infra/clock.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { MAX_REFUSAL_REASON_LENGTH } from "./document-uploads.ts";
import { findUpload } from "./uploads.repository.server.ts";

/**
 * « Accepter » or « Refuser » an upload waiting for its house (state `pending` → `accepted` or
 * `refused` with a reason; a decided upload is final, the family sends a new file instead). In
 * one transaction: the new state, the audit row and a mail to each guardian of the child in
 * their language, through the outbox. The mail names the child and the house and links to the
 * child's uploads; neither the document's type nor the reason (which may speak of health) goes
 * in it: the family reads them on the portal.
 *
 * @throws AppError NOT_FOUND for an upload outside the member's houses; FORBIDDEN for readers;
 *   VALIDATION `reason: uploads.review.reasonRequired` (or `reasonTooLong`) when refusing;
 *   CONFLICT `uploads.review.alreadyDecided` for an upload no longer pending.
 */
export async function decideUpload(options: {
	db: Database;
	/** A group admin, or a manager of the upload's house. */
	actor: Actor & { access: StaffAccess };
	uploadId: string;
	decision: "accept" | "refuse";
	/** Mandatory for a refusal, shown to the family; ignored for an acceptance. */
	reason?: string;
}): Promise<void> {
	const { db, actor, decision } = options;
	const reason = (options.reason ?? "").trim();
	if (decision === "refuse") {
		if (reason === "") throw new AppError("VALIDATION", { fieldErrors: { reason: ["uploads.review.reasonRequired"] } });
		if (reason.length > MAX_REFUSAL_REASON_LENGTH) {
			throw new AppError("VALIDATION", { fieldErrors: { reason: ["uploads.review.reasonTooLong"] } });
		}
	}
	await withTransaction(db, async (trx) => {
		const upload = await findUpload(trx, { kind: "staff", access: actor.access }, options.uploadId);
		if (!upload) throw new AppError("NOT_FOUND");
		if (staffPermissions(actor.access).readOnly) throw new AppError("FORBIDDEN");
		const at = nowIso();
		const status = decision === "accept" ? "accepted" : "refused";
		// The state is checked again in the UPDATE, so two colleagues deciding at once cannot both win.
		const updated = await trx
			.updateTable("document_uploads")
			.set({
				status,
				refusal_reason: decision === "refuse" ? reason : null,
				decided_by_user_id: actor.userId,
				decided_at: at,
			})
			.where("id", "=", upload.id)
			.where("status", "=", "pending")
			.executeTakeFirst();
		if (Number(updated.numUpdatedRows) !== 1) {
			throw new AppError("CONFLICT", { fieldErrors: { form: ["uploads.review.alreadyDecided"] } });
		}
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: upload.group_id,
			action: decision === "accept" ? "child.document.accepted" : "child.document.refused",
			targetType: "child",
			targetId: upload.child_id,
			ipAddress: actor.ipAddress,
			details: { houseId: upload.house_id, uploadId: upload.id, type: upload.type },
		});
		const url = new URL(`/children/${upload.child_id}/documents/uploads`, getConfig().appUrl).toString();
		const names = {
			childName: childDisplayName({ first_name: upload.child_first_name, last_name: upload.child_last_name }),
			houseName: upload.house_name,
		};
		await mailGuardians(trx, {
			childId: upload.child_id,
			template: decision === "accept" ? "document.accepted" : "document.refused",
			data: ({ firstName }) => ({ firstName, ...names, url }),
		});
	});
	wakeMailSender();
}
