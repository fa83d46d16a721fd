import type { z } from "zod";
import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { appLink } from "../accounts/links.server.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { childDisplayName, mailGuardians } from "./guardian-mail.server.ts";
import { childForStaff, type StaffActor } from "./staff-dossier.server.ts";
import { validateDossierSchema } from "./staff-dossier-input.ts";

/** « Introduit » → « validé »: staff accepted the dossier (with the entry date if known); guardians are told. */
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
		});
	});
	wakeMailSender();
}
