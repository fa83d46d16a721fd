/**
 * Throttling of password sign-in without lock-out (docs/decisions/014-sign-in-throttling.md).
 * Failures are counted, never successes, under four keys in `rate_limits`:
 *
 * - the (account, address) pair: 10 failures per 15 minutes, then that pair waits;
 * - the account: free for 5 failures, then each try waits 2, 4, 8… up to 60 seconds after the
 *   last failure (a progressive delay, never a lock: the owner gets in after at most a minute);
 *   the count starts over after 15 minutes without a failure;
 * - the address: 100 failures per 15 minutes (a town hall shares one public address; its
 *   people sign in successfully, which costs nothing);
 * - a device that signed in to the account before (signed device cookie): only its own
 *   10 failures per 15 minutes count, so attacks from elsewhere never block it.
 */
import { sql } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { now } from "#app/infra/clock.ts";
import { peekRateLimits, type RateLimitRule, recordAttempts, resetRateLimits } from "#app/infra/rate-limit.server.ts";
import type { DeviceToken } from "./device-cookie.server.ts";

const WINDOW_SECONDS = 15 * 60;
export const signInThrottle = {
	pairFailures: 10,
	addressFailures: 100,
	deviceFailures: 10,
	freeAccountFailures: 5,
	maxDelaySeconds: 60,
} as const;

/** Seconds an account's next try waits after its `failures`-th failure in a row. */
export function accountDelaySeconds(failures: number): number {
	if (failures < signInThrottle.freeAccountFailures) return 0;
	return Math.min(2 ** (failures - signInThrottle.freeAccountFailures + 1), signInThrottle.maxDelaySeconds);
}

export type SignInAttempt = {
	/** The account's id when it exists, else the identifier as typed (normalised). */
	account: string;
	ipAddress: string;
	/** The device token for this very account, when the browser holds a valid one. */
	device: DeviceToken | undefined;
};

const accountKey = (attempt: SignInAttempt) => `signInFail:account:${attempt.account}`;

function windowRules(attempt: SignInAttempt): RateLimitRule[] {
	if (attempt.device) {
		return [
			{
				key: `signInFail:device:${attempt.device.nonce}`,
				limit: signInThrottle.deviceFailures,
				windowSeconds: WINDOW_SECONDS,
			},
		];
	}
	return [
		{
			key: `signInFail:pair:${attempt.account}:${attempt.ipAddress}`,
			limit: signInThrottle.pairFailures,
			windowSeconds: WINDOW_SECONDS,
		},
		{ key: `signInFail:ip:${attempt.ipAddress}`, limit: signInThrottle.addressFailures, windowSeconds: WINDOW_SECONDS },
	];
}

/**
 * Throws RATE_LIMITED (with `retryAfterSeconds`) when this attempt must wait; counts nothing.
 * Called before the password is checked, so a throttled attempt costs no hashing.
 */
export async function checkSignInThrottle(db: Database, attempt: SignInAttempt): Promise<void> {
	let retryAfterSeconds = await peekRateLimits(db, windowRules(attempt));
	if (!attempt.device) {
		const row = await db
			.selectFrom("rate_limits")
			.select(["count", "window_started_at"])
			.where("key", "=", accountKey(attempt))
			.executeTakeFirst();
		if (row) {
			const lastFailure = new Date(row.window_started_at).getTime();
			const quietSince = now().getTime() - lastFailure;
			if (quietSince < WINDOW_SECONDS * 1000) {
				const waitMs = accountDelaySeconds(row.count) * 1000 - quietSince;
				if (waitMs > 0) retryAfterSeconds = Math.max(retryAfterSeconds, Math.ceil(waitMs / 1000));
			}
		}
	}
	if (retryAfterSeconds > 0) throw new AppError("RATE_LIMITED", { retryAfterSeconds });
}

/** Counts a failed attempt under the keys that apply to it. */
export async function recordSignInFailure(db: Database, attempt: SignInAttempt): Promise<void> {
	await recordAttempts(db, windowRules(attempt));
	if (attempt.device) return;
	// The account's row keeps the time of its last failure: the count starts over after a
	// quiet window, and the delay runs from the last failure.
	const at = now().toISOString();
	const quietBefore = new Date(now().getTime() - WINDOW_SECONDS * 1000).toISOString();
	await db
		.insertInto("rate_limits")
		.values({ key: accountKey(attempt), window_started_at: at, count: 1 })
		.onConflict((conflict) =>
			conflict.column("key").doUpdateSet({
				count: sql<number>`case when rate_limits.window_started_at <= ${quietBefore} then 1 else rate_limits.count + 1 end`,
				window_started_at: at,
			}),
		)
		.execute();
}

/** After a successful sign-in: the account and this pair start afresh (the address keeps its count). */
export async function clearSignInFailures(db: Database, attempt: SignInAttempt): Promise<void> {
	await resetRateLimits(db, [
		accountKey(attempt),
		`signInFail:pair:${attempt.account}:${attempt.ipAddress}`,
		...(attempt.device ? [`signInFail:device:${attempt.device.nonce}`] : []),
	]);
}
