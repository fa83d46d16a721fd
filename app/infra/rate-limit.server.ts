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
	if (retryAfterSeconds > 0) throw new AppError("RATE_LIMITED", { retryAfterSeconds });
}

/** Forgets the counters of these keys (after a successful sign-in, for instance). */
export async function resetRateLimits(db: Database, keys: string[]): Promise<void> {
	if (keys.length === 0) return;
	await db.deleteFrom("rate_limits").where("key", "in", keys).execute();
}
