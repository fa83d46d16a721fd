import type { Database } from "#app/db/db.server.ts";
import { forNoKeyUpdate, forShare } from "#app/db/dialect.server.ts";
import { unreadCondition } from "./messaging.repository.server.ts";

/**
 * `message_unread_threads` (decision 040) holds, for each staff member who sees a thread's house
 * (the group's admins, the house's managers and readers), the open threads the family wrote in
 * after the member's read mark: the staff badges count these rows on their index instead of
 * every open thread of the group. The rows of a thread are written again, from the thread, the
 * memberships and the read marks, in the transaction of every change that moves them (a
 * message, a read mark, done or reopened), and a member's rows when their membership is saved
 * or removed.
 *
 * Concurrency: a thread's change holds the thread's row (its UPDATE, or `lockThreadForRead`)
 * and then share-locks the group's row (`lockGroupStaff`'s row, which a membership change
 * locks FOR UPDATE), so on PostgreSQL two changes of one thread, or a thread's change and a
 * membership change, never rewrite the rows from each other's stale reads; SQLite has one
 * writer at a time.
 */

/** The rows `message_unread_threads` must hold: (thread, staff member who sees its house) with news. */
function unreadRows(trx: Database) {
	return trx
		.selectFrom("message_threads")
		.innerJoin("staff_memberships", "staff_memberships.group_id", "message_threads.group_id")
		.where((eb) =>
			eb.or([
				eb("staff_memberships.role", "=", "admin"),
				eb.exists(
					eb
						.selectFrom("staff_membership_houses")
						.select("staff_membership_houses.house_id")
						.whereRef("staff_membership_houses.membership_id", "=", "staff_memberships.id")
						.whereRef("staff_membership_houses.house_id", "=", "message_threads.house_id"),
				),
			]),
		)
		.leftJoin("message_reads", (join) =>
			join
				.onRef("message_reads.thread_id", "=", "message_threads.id")
				.onRef("message_reads.user_id", "=", "staff_memberships.user_id"),
		)
		.select([
			"message_threads.id as thread_id",
			"staff_memberships.user_id",
			"message_threads.group_id",
			"message_threads.house_id",
		])
		.where("message_threads.done_at", "is", null)
		.where(unreadCondition("message_threads.last_guardian_message_at"));
}

/**
 * Holds the thread's row until the end of the transaction, before a read mark moves its rows:
 * the lock a change of the thread (an UPDATE) takes, which still lets rows that reference the
 * thread be inserted (a new member's unread rows), so the two never wait for each other.
 */
export async function lockThreadForRead(trx: Database, threadId: string): Promise<void> {
	await forNoKeyUpdate(
		trx,
		trx.selectFrom("message_threads").select("id").where("id", "=", threadId),
	).executeTakeFirst();
}

/**
 * Writes the thread's unread rows again, for every staff member of its group or only for
 * `userId` (whose read mark moved). Call it inside the transaction of the change, after it,
 * while the thread's row is held (see above).
 */
export async function refreshUnreadThread(
	trx: Database,
	options: { threadId: string; groupId: string; userId?: string },
): Promise<void> {
	const { threadId, groupId, userId } = options;
	await forShare(trx, trx.selectFrom("groups").select("id").where("id", "=", groupId)).executeTakeFirst();
	let stale = trx.deleteFrom("message_unread_threads").where("thread_id", "=", threadId);
	let rows = unreadRows(trx).where("message_threads.id", "=", threadId);
	if (userId) {
		stale = stale.where("user_id", "=", userId);
		rows = rows.where("staff_memberships.user_id", "=", userId);
	}
	await stale.execute();
	await trx
		.insertInto("message_unread_threads")
		.columns(["thread_id", "user_id", "group_id", "house_id"])
		.expression(rows)
		// A row already there says the same (thread, member, house): keep it.
		.onConflict((conflict) => conflict.doNothing())
		.execute();
}

/**
 * Writes a staff member's unread rows of the group again, from the open threads of the houses
 * they see and their read marks (none if they are not a member). Call it in the transaction
 * that saves or removes the membership, after `lockGroupStaff`.
 */
export async function rebuildUnreadThreadsOfMember(
	trx: Database,
	options: { groupId: string; userId: string },
): Promise<void> {
	const { groupId, userId } = options;
	await trx
		.deleteFrom("message_unread_threads")
		.where("user_id", "=", userId)
		.where("group_id", "=", groupId)
		.execute();
	await trx
		.insertInto("message_unread_threads")
		.columns(["thread_id", "user_id", "group_id", "house_id"])
		.expression(
			unreadRows(trx).where("staff_memberships.group_id", "=", groupId).where("staff_memberships.user_id", "=", userId),
		)
		.execute();
}
