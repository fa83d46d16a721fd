import type { z } from "zod";
import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { now, nowIso } from "#app/infra/clock.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { appLink } from "../accounts/links.server.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { isDossierComplete, missingDossierData, parseRequiredByGroup } from "./dossier-fields.ts";
import { loadDossierSnapshot } from "./families.repository.server.ts";
import { childDisplayName, mailGuardians } from "./guardian-mail.server.ts";
import { childForStaff, type StaffActor } from "./staff-dossier.server.ts";
import { validateDossierSchema } from "./staff-dossier-input.ts";

/**
 * « Introduit » → « validé »: staff accepted the dossier (with the entry date if known); guardians
 * are told. An incomplete dossier needs `confirmMissing` (the number of missing items the staff
 * member saw) at least as large as what is missing now, else VALIDATION on `confirmMissing`
 * (`confirmRequired`, or `moreMissing` when the dossier lost data meanwhile). The audit row
 * records how many items were missing and in which sections (decision 026). CONFLICT when the
 * dossier is no longer « introduit ».
 */
export async function validateDossier(options: {
	db: Database;
	/** A group admin, or a manager of one of the child's houses. */
	actor: StaffActor;
	childId: string;
	input: z.input<typeof validateDossierSchema>;
}): Promise<void> {
	const { db, actor, childId } = options;
	const input = parseInput(validateDossierSchema, options.input);
	await withTransaction(db, async (trx) => {
		const child = await childForStaff(trx, actor, childId);
		if (child.status !== "submitted")
			throw new AppError("CONFLICT", { fieldErrors: { form: ["families.staff.validate.notSubmitted"] } });
		const missing = missingDossierData(
			await loadDossierSnapshot(trx, child.id),
			parseRequiredByGroup(child.group_mandatory_fields),
			now(),
		);
		const missingCount = Object.values(missing).reduce((sum, fields) => sum + fields.length, 0);
		if (!isDossierComplete(missing)) {
			if (input.confirmMissing === undefined)
				throw new AppError("VALIDATION", {
					fieldErrors: { confirmMissing: ["families.staff.validate.confirmRequired"] },
				});
			if (input.confirmMissing < missingCount)
				throw new AppError("VALIDATION", { fieldErrors: { confirmMissing: ["families.staff.validate.moreMissing"] } });
		}
		const at = nowIso();
		await trx
			.updateTable("children")
			.set({ status: "validated", validated_at: at, entry_date: input.entryDate ?? child.entry_date, updated_at: at })
			.where("id", "=", child.id)
			.where("group_id", "=", actor.access.groupId)
			.execute();
		await mailGuardians(trx, {
			childId: child.id,
			template: "family.dossier-validated",
			data: ({ firstName }) => ({
				firstName,
				childName: childDisplayName(child),
				groupName: child.group_name,
				url: appLink(`/children/${child.id}`),
			}),
		});
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "child.validated",
			targetType: "child",
			targetId: child.id,
			ipAddress: actor.ipAddress,
			// Counts and section names only: which medical item is missing is itself medical data.
			details: {
				missingCount,
				missingSections: Object.entries(missing)
					.filter(([, fields]) => fields.length > 0)
					.map(([section]) => section)
					.join(","),
			},
		});
	});
	wakeMailSender();
}
