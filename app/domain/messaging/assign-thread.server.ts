import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { Actor } from "#app/domain/actor.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffAccess } from "#app/domain/groups/permissions.ts";
import { listThreadAssignees, threadForStaffChange } from "./staff-thread.server.ts";

/**
 * Assigns a thread to a colleague who can see its house (a group admin or one of the house's
 * managers), or to nobody (`assigneeUserId` null). Audited.
 *
 * @throws AppError NOT_FOUND, FORBIDDEN (see `threadForStaffChange`); VALIDATION `assigneeUserId:
 *   messages.inbox.assigneeUnknown` for someone else.
 */
export async function assignThread(options: {
	db: Database;
	actor: Actor;
	access: StaffAccess;
	threadId: string;
	assigneeUserId: string | null;
}): Promise<void> {
	const { db, actor, access, assigneeUserId } = options;
	await withTransaction(db, async (trx) => {
		const thread = await threadForStaffChange(trx, access, options.threadId);
		if (assigneeUserId !== null) {
			const colleagues = await listThreadAssignees(trx, access.groupId, thread.house_id);
			if (!colleagues.some((colleague) => colleague.id === assigneeUserId)) {
				throw new AppError("VALIDATION", { fieldErrors: { assigneeUserId: ["messages.inbox.assigneeUnknown"] } });
			}
		}
		await trx
			.updateTable("message_threads")
			.set({ assigned_to_user_id: assigneeUserId })
			.where("id", "=", thread.id)
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: access.groupId,
			action: "message.thread.assigned",
			targetType: "message_thread",
			targetId: thread.id,
			ipAddress: actor.ipAddress,
		});
	});
}
