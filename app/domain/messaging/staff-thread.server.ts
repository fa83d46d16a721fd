import type { Database } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { type StaffAccess, staffPermissions } from "#app/domain/groups/permissions.ts";
import { findThread, type ThreadRecord } from "./messaging.repository.server.ts";

/**
 * The thread a staff member may act on (assign, mark done, reply): NOT_FOUND outside their
 * houses, FORBIDDEN for read-only members (animators).
 */
export async function threadForStaffChange(db: Database, access: StaffAccess, threadId: string): Promise<ThreadRecord> {
	const thread = await findThread(db, { kind: "staff", access }, threadId);
	if (!thread) throw new AppError("NOT_FOUND");
	if (staffPermissions(access).readOnly) throw new AppError("FORBIDDEN");
	return thread;
}

/** Colleagues a thread of `houseId` can be assigned to: group admins and that house's managers. */
export async function listThreadAssignees(db: Database, groupId: string, houseId: string) {
	return db
		.selectFrom("staff_memberships")
		.innerJoin("users", "users.id", "staff_memberships.user_id")
		.select(["users.id", "users.name"])
		.where("staff_memberships.group_id", "=", groupId)
		.where((eb) =>
			eb.or([
				eb("staff_memberships.role", "=", "admin"),
				eb.and([
					eb("staff_memberships.role", "=", "house_manager"),
					eb(
						"staff_memberships.id",
						"in",
						eb.selectFrom("staff_membership_houses").select("membership_id").where("house_id", "=", houseId),
					),
				]),
			]),
		)
		.orderBy("users.name")
		.execute();
}
