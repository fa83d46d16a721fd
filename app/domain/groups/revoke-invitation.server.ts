import type { Database } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { isGroupAdmin, type StaffAccess } from "./permissions.ts";

/** Withdraws an invitation that has not been accepted yet. */
export async function revokeInvitation(options: {
	db: Database;
	actor: Actor & { access: StaffAccess };
	invitationId: string;
}): Promise<void> {
	const { db, actor, invitationId } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const groupId = actor.access.groupId;
	await db.transaction().execute(async (trx) => {
		const updated = await trx
			.updateTable("staff_invitations")
			.set({ revoked_at: nowIso() })
			.where("id", "=", invitationId)
			.where("group_id", "=", groupId)
			.where("accepted_at", "is", null)
			.where("revoked_at", "is", null)
			.executeTakeFirst();
		if (Number(updated.numUpdatedRows) === 0) throw new AppError("NOT_FOUND");
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "staff.invitation.revoked",
			targetType: "invitation",
			targetId: invitationId,
			ipAddress: actor.ipAddress,
		});
	});
}
