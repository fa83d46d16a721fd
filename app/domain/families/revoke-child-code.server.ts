import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { AppError } from "../app-error.ts";
import { childForStaff, type StaffActor } from "./staff-dossier.server.ts";

/** Withdraws an unused child code (a lost letter): it no longer links anyone. */
export async function revokeChildCode(options: {
	db: Database;
	/** A group admin (codes are theirs, decision 013). */
	actor: StaffActor;
	childId: string;
	codeId: string;
}): Promise<void> {
	const { db, actor, childId, codeId } = options;
	await withTransaction(db, async (trx) => {
		const child = await childForStaff(trx, actor, childId, "group");
		const revoked = await trx
			.updateTable("child_codes")
			.set({ revoked_at: nowIso() })
			.where("id", "=", codeId)
			.where("child_id", "=", child.id)
			.where("group_id", "=", actor.access.groupId)
			.where("used_at", "is", null)
			.where("revoked_at", "is", null)
			.executeTakeFirst();
		if (Number(revoked.numUpdatedRows) !== 1) throw new AppError("NOT_FOUND");
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "child.code.revoked",
			targetType: "child",
			targetId: child.id,
			ipAddress: actor.ipAddress,
			details: { codeId },
		});
	});
}
