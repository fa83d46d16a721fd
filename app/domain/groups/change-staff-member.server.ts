import type { Database } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { isGroupAdmin, type StaffAccess } from "./permissions.ts";
import {
	countAdmins,
	findMembershipOfGroup,
	housesOfGroup,
	lockGroupStaff,
	saveMembership,
} from "./staff.repository.server.ts";
import { staffRoleSchema } from "./staff-input.ts";

/** Changes a member's role (and the houses of a house manager or reader). A group always keeps an admin. */
export async function changeStaffMember(options: {
	db: Database;
	actor: Actor & { access: StaffAccess };
	membershipId: string;
	input: { role?: unknown; houseIds?: unknown };
}): Promise<void> {
	const { db, actor, membershipId } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const input = parseInput(staffRoleSchema, options.input);
	const groupId = actor.access.groupId;
	await db.transaction().execute(async (trx) => {
		await lockGroupStaff(trx, groupId);
		// The actor's role as it is now, under the lock: another admin may just have demoted them.
		const self = await findMembershipOfGroup(trx, groupId, actor.access.membershipId);
		if (self?.role !== "admin") throw new AppError("FORBIDDEN");
		const member = await findMembershipOfGroup(trx, groupId, membershipId);
		if (!member) throw new AppError("NOT_FOUND");
		if (member.role === "admin" && input.role !== "admin" && (await countAdmins(trx, groupId)) <= 1) {
			throw new AppError("CONFLICT", { fieldErrors: { role: ["staff.lastAdmin"] } });
		}
		const houseIds = input.role !== "admin" ? await housesOfGroup(trx, groupId, input.houseIds) : [];
		if (input.role !== "admin" && houseIds.length !== input.houseIds.length) {
			throw new AppError("VALIDATION", { fieldErrors: { houseIds: ["staff.houses.required"] } });
		}
		await saveMembership(trx, {
			id: member.id,
			groupId,
			userId: member.user_id,
			role: input.role,
			houseIds,
			at: nowIso(),
		});
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "staff.role_changed",
			targetType: "user",
			targetId: member.user_id,
			ipAddress: actor.ipAddress,
			details: { from: member.role, to: input.role, houses: houseIds.length },
		});
	});
}
