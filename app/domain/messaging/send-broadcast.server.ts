import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { Actor } from "#app/domain/actor.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffAccess } from "#app/domain/groups/permissions.ts";
import { dateInBrussels, nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { type BroadcastAudience, broadcastFamilies } from "./broadcast-families.server.ts";
import { postMessage } from "./post-message.server.ts";

/**
 * One message to many families: each family (a child's guardians) gets it in a thread of its
 * own with the house, so replies stay private; each is mailed like any staff message. All
 * threads commit together with one audit row. Returns how many families were reached.
 *
 * @throws AppError as `broadcastFamilies`.
 */
export async function sendBroadcast(options: {
	db: Database;
	actor: Actor;
	access: StaffAccess;
	audience: BroadcastAudience;
	subject: string;
	body: string;
}): Promise<number> {
	const { db, actor, access, audience } = options;
	const reached = await withTransaction(db, async (trx) => {
		const families = await broadcastFamilies(trx, access, audience, dateInBrussels());
		const broadcastId = newId();
		for (const family of families) {
			const at = nowIso();
			const thread = {
				id: newId(),
				group_id: access.groupId,
				child_id: family.childId,
				house_id: family.houseId,
				subject: options.subject,
				assigned_to_user_id: null,
			};
			await trx
				.insertInto("message_threads")
				.values({ ...thread, started_by: "staff", broadcast_id: broadcastId, last_message_at: at, created_at: at })
				.execute();
			await postMessage(trx, { thread, authorUserId: actor.userId, side: "staff", body: options.body });
		}
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: access.groupId,
			action: "message.broadcast.sent",
			targetType: "message_broadcast",
			targetId: broadcastId,
			ipAddress: actor.ipAddress,
			details: { count: families.length, audience: audience.kind },
		});
		return families.length;
	});
	wakeMailSender();
	return reached;
}
