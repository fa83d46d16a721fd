import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import { isLanguage } from "#app/locales/languages.ts";
import { AppError } from "../app-error.ts";
import { childDisplayName } from "./guardian-mail.server.ts";
import { childForStaff, type StaffActor } from "./staff-dossier.server.ts";

/**
 * Staff remove a guardian from a child (a code given to the wrong person, a court decision):
 * the person loses access at once and is told by mail.
 */
export async function unlinkGuardian(options: {
	db: Database;
	/** A group admin, or a manager of one of the child's houses. */
	actor: StaffActor;
	childId: string;
	/** The guardian's user id. */
	guardianId: string;
}): Promise<void> {
	const { db, actor, childId, guardianId } = options;
	await withTransaction(db, async (trx) => {
		const child = await childForStaff(trx, actor, childId);
		const guardian = await trx
			.selectFrom("guardianships")
			.innerJoin("users", "users.id", "guardianships.user_id")
			.select(["users.email", "users.first_name", "users.language"])
			.where("guardianships.child_id", "=", child.id)
			.where("guardianships.user_id", "=", guardianId)
			.executeTakeFirst();
		if (!guardian) throw new AppError("NOT_FOUND");
		await trx.deleteFrom("guardianships").where("child_id", "=", child.id).where("user_id", "=", guardianId).execute();
		await enqueueMail(trx, {
			to: guardian.email,
			language: isLanguage(guardian.language) ? guardian.language : "fr",
			template: "family.guardian-removed",
			data: { firstName: guardian.first_name, childName: childDisplayName(child), groupName: child.group_name },
		});
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "child.guardian.unlinked",
			targetType: "child",
			targetId: child.id,
			ipAddress: actor.ipAddress,
			details: { guardianId },
		});
	});
	wakeMailSender();
}
