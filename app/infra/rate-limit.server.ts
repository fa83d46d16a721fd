import { sql } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { now } from "#app/infra/clock.ts";

export type RateLimitRule = {
	/** What is counted, e.g. `sign-in:ip:203.0.113.7` or `sign-in:account:jane@example.be`. */
	key: string;
	/** Attempts allowed per window. */
	limit: number;
	windowSeconds: number;
};

/**
 * Counts one attempt against each rule (fixed windows, stored in the database so limits hold
 * across restarts and app servers) and throws RATE_LIMITED when any rule is exceeded.
 * One upsert per rule; the counter and the window move together atomically on both dialects.
 */
export async function consumeRateLimits(db: Database, rules: RateLimitRule[]): Promise<void> {
	const retryAfterSeconds = await recordAttempts(db, rules);
	if (retryAfterSeconds > 0) throw new AppError("RATE_LIMITED", { retryAfterSeconds });
}

/**
 * Counts one attempt against each rule without refusing anything; returns how many seconds
 * remain before the most constrained rule allows another attempt (0 when none is exceeded).
 */
export async function recordAttempts(db: Database, rules: RateLimitRule[]): Promise<number> {
	const current = now();
	let retryAfterSeconds = 0;
	for (const rule of rules) {
		const windowStart = new Date(current.getTime() - rule.windowSeconds * 1000).toISOString();
		const row = await db
			.insertInto("rate_limits")
			.values({ key: rule.key, window_started_at: current.toISOString(), count: 1 })
			.onConflict((conflict) =>
				conflict.column("key").doUpdateSet({
					count: sql<number>`case when rate_limits.window_started_at <= ${windowStart} then 1 else rate_limits.count + 1 end`,
					window_started_at: sql<string>`case when rate_limits.window_started_at <= ${windowStart} then ${current.toISOString()} else rate_limits.window_started_at end`,
				}),
			)
			.returning(["count", "window_started_at"])
			.executeTakeFirstOrThrow();
		if (row.count > rule.limit) {
			const resetsAt = new Date(row.window_started_at).getTime() + rule.windowSeconds * 1000;
			retryAfterSeconds = Math.max(retryAfterSeconds, Math.ceil((resetsAt - current.getTime()) / 1000));
		}
	}
	return retryAfterSeconds;
}

/**
 * Seconds until every rule allows one more attempt (0 when all do), without counting one:
 * for limits on failures, checked before trying and counted only when the try fails.
 */
export async function peekRateLimits(db: Database, rules: RateLimitRule[]): Promise<number> {
	if (rules.length === 0) return 0;
	const current = now().getTime();
	const rows = await db
		.selectFrom("rate_limits")
		.select(["key", "count", "window_started_at"])
		.where(
			"key",
			"in",
			rules.map((rule) => rule.key),
		)
		.execute();
	let retryAfterSeconds = 0;
	for (const row of rows) {
		const rule = rules.find((candidate) => candidate.key === row.key);
		if (!rule || row.count < rule.limit) continue;
		const resetsAt = new Date(row.window_started_at).getTime() + rule.windowSeconds * 1000;
		if (resetsAt > current) retryAfterSeconds = Math.max(retryAfterSeconds, Math.ceil((resetsAt - current) / 1000));
	}
	return retryAfterSeconds;
}

/** Forgets the counters of these keys (after a successful sign-in, for instance). */
export async function resetRateLimits(db: Database, keys: string[]): Promise<void> {
	if (keys.length === 0) return;
	await db.deleteFrom("rate_limits").where("key", "in", keys).execute();
}
