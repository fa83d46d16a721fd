import type { Database } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { rebuildUnreadThreadsOfMember } from "../messaging/unread-threads.repository.server.ts";
import { isGroupAdmin, type StaffAccess } from "./permissions.ts";
import { countAdmins, findMembershipOfGroup, lockGroupStaff } from "./staff.repository.server.ts";

/** Removes someone from the group's staff. A group always keeps an admin. */
export async function removeStaffMember(options: {
	db: Database;
	actor: Actor & { access: StaffAccess };
	membershipId: string;
}): Promise<void> {
	const { db, actor, membershipId } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const groupId = actor.access.groupId;
	await db.transaction().execute(async (trx) => {
		await lockGroupStaff(trx, groupId);
		// The actor's role as it is now, under the lock: another admin may just have demoted them.
		const self = await findMembershipOfGroup(trx, groupId, actor.access.membershipId);
		if (self?.role !== "admin") throw new AppError("FORBIDDEN");
		const member = await findMembershipOfGroup(trx, groupId, membershipId);
		if (!member) throw new AppError("NOT_FOUND");
		if (member.role === "admin" && (await countAdmins(trx, groupId)) <= 1) {
			throw new AppError("CONFLICT", { fieldErrors: { form: ["staff.lastAdmin"] } });
		}
		await trx.deleteFrom("staff_memberships").where("id", "=", member.id).where("group_id", "=", groupId).execute();
		await rebuildUnreadThreadsOfMember(trx, { groupId, userId: member.user_id });
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "staff.removed",
			targetType: "user",
			targetId: member.user_id,
			ipAddress: actor.ipAddress,
			details: { role: member.role },
		});
	});
}
