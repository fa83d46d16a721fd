import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import type { Actor } from "../actor.ts";
import { newCalendarFeedToken } from "./calendar-feed.server.ts";

/**
 * « Régénérer »: replaces the user's feed token, so an address shared by mistake stops working
 * at once. Calendars subscribed to the old address need the new one.
 */
export async function regenerateCalendarFeed(options: { db: Database; actor: Actor }): Promise<{ token: string }> {
	const { db, actor } = options;
	const token = newCalendarFeedToken();
	await withTransaction(db, async (trx) => {
		await trx.deleteFrom("calendar_feeds").where("user_id", "=", actor.userId).execute();
		await trx.insertInto("calendar_feeds").values({ user_id: actor.userId, token, created_at: nowIso() }).execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: null,
			action: "family.calendar_feed.regenerated",
			targetType: "user",
			targetId: actor.userId,
			ipAddress: actor.ipAddress,
			details: {},
		});
	});
	return { token };
}
