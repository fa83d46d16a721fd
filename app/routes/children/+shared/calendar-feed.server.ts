import type { Database } from "#app/db/db.server.ts";
import { calendarFeedTokenOf } from "#app/domain/offers/calendar-feed.server.ts";
import { getConfig } from "#app/infra/config.server.ts";

/** The address of the parent's private feed (its token is made on the first request). */
export async function calendarFeedUrlOf(db: Database, userId: string): Promise<string> {
	const token = await calendarFeedTokenOf(db, userId);
	return new URL(`/calendar/${token}.ics`, getConfig().appUrl).toString();
}
