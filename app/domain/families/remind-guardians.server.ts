import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { appLink } from "../accounts/links.server.ts";
import { AppError } from "../app-error.ts";
import { childDisplayName, mailGuardians } from "./guardian-mail.server.ts";
import { childForStaff, type StaffActor } from "./staff-dossier.server.ts";

/** Staff remind a child's guardians, by mail in each one's language, to complete the dossier. */
export async function remindGuardians(options: {
	db: Database;
	/** A group admin, or a manager of one of the child's houses. */
	actor: StaffActor;
	childId: string;
}): Promise<{ mailed: number }> {
	const { db, actor, childId } = options;
	const mailed = await withTransaction(db, async (trx) => {
		const child = await childForStaff(trx, actor, childId);
		const count = await mailGuardians(trx, {
			childId: child.id,
			template: "family.dossier-reminder",
			data: ({ firstName }) => ({
				firstName,
				childName: childDisplayName(child),
				groupName: child.group_name,
				url: appLink(`/children/${child.id}/general`),
			}),
		});
		if (count === 0) throw new AppError("CONFLICT", { fieldErrors: { form: ["families.staff.guardians.noGuardian"] } });
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "child.guardians.reminded",
			targetType: "child",
			targetId: child.id,
			ipAddress: actor.ipAddress,
			details: { mailed: count },
		});
		return count;
	});
	wakeMailSender();
	return { mailed };
}
