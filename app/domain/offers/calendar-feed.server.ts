import { randomBytes } from "node:crypto";
import type { Database } from "#app/db/db.server.ts";
import { isUniqueViolation } from "#app/db/dialect.server.ts";
import { nowIso } from "#app/infra/clock.ts";

/** 32 random bytes, base64url: the feed's URL is its only key, so it must not be guessable. */
export function newCalendarFeedToken(): string {
	return randomBytes(32).toString("base64url");
}

/** The user's private feed token, made on first request. */
export async function calendarFeedTokenOf(db: Database, userId: string): Promise<string> {
	const existing = await db
		.selectFrom("calendar_feeds")
		.select("token")
		.where("user_id", "=", userId)
		.executeTakeFirst();
	if (existing) return existing.token;
	const token = newCalendarFeedToken();
	try {
		await db.insertInto("calendar_feeds").values({ user_id: userId, token, created_at: nowIso() }).execute();
		return token;
	} catch (error) {
		// Two first requests at once: the other one's token won.
		if (!isUniqueViolation(error)) throw error;
		const winner = await db
			.selectFrom("calendar_feeds")
			.select("token")
			.where("user_id", "=", userId)
			.executeTakeFirstOrThrow();
		return winner.token;
	}
}

/** Whose feed a token opens, in which language; undefined for an unknown or replaced token. */
export async function findCalendarFeedOwner(db: Database, token: string) {
	return db
		.selectFrom("calendar_feeds")
		.innerJoin("users", "users.id", "calendar_feeds.user_id")
		.select(["users.id as user_id", "users.language", "users.last_name"])
		.where("calendar_feeds.token", "=", token)
		.executeTakeFirst();
}
