import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { Actor } from "#app/domain/actor.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffAccess } from "#app/domain/groups/permissions.ts";
import { nowIso } from "#app/infra/clock.ts";
import { threadForStaffChange } from "./staff-thread.server.ts";
import { refreshUnreadThread } from "./unread-threads.repository.server.ts";

/**
 * Marks a thread done (it leaves the open inbox) or open again. A family's new message reopens
 * it by itself. Audited.
 *
 * @throws AppError NOT_FOUND, FORBIDDEN (see `threadForStaffChange`).
 */
export async function setThreadDone(options: {
	db: Database;
	actor: Actor;
	access: StaffAccess;
	threadId: string;
	done: boolean;
}): Promise<void> {
	const { db, actor, access, done } = options;
	await withTransaction(db, async (trx) => {
		const thread = await threadForStaffChange(trx, access, options.threadId);
		await trx
			.updateTable("message_threads")
			.set({ done_at: done ? nowIso() : null })
			.where("id", "=", thread.id)
			.execute();
		await refreshUnreadThread(trx, { threadId: thread.id, groupId: thread.group_id });
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: access.groupId,
			action: done ? "message.thread.done" : "message.thread.reopened",
			targetType: "message_thread",
			targetId: thread.id,
			ipAddress: actor.ipAddress,
		});
	});
}
