import type { Database } from "#app/db/db.server.ts";
import { guardianUnreadThreads } from "#app/domain/messaging/messaging.repository.server.ts";

/** What the menu shows a signed-in person, on every page. */
export type MenuFacts = {
	/** Works for at least one group: « Espace équipe ». */
	isStaff: boolean;
	/** Operates the platform: « Exploitation ». */
	isOperator: boolean;
	/** Their children's message threads with news from the houses (the badge of « Messages »). */
	unreadMessages: number;
};

/**
 * The menu's facts for `userId`, read on every page, in one statement: the staff and operator
 * roles and the guardian's unread threads (`guardianUnreadThreads`).
 */
export async function readMenuFacts(db: Database, userId: string): Promise<MenuFacts> {
	const row = await db
		.selectNoFrom((eb) => [
			eb.exists(eb.selectFrom("staff_memberships").select("id").where("user_id", "=", userId)).as("is_staff"),
			eb.exists(eb.selectFrom("operators").select("user_id").where("user_id", "=", userId)).as("is_operator"),
			guardianUnreadThreads(db, userId).as("unread_messages"),
		])
		.executeTakeFirstOrThrow();
	// SQLite answers 0 or 1 and a number, PostgreSQL booleans and a bigint (read as a number).
	return {
		isStaff: Boolean(row.is_staff),
		isOperator: Boolean(row.is_operator),
		unreadMessages: Number(row.unread_messages ?? 0),
	};
}
