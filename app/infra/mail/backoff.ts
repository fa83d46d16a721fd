/** When the sender tries a failed mail again, and when it stops trying. */

const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60_000;

/** After this long since the mail was enqueued, a failure is final (`failed`). */
export const GIVE_UP_AFTER_MS = 48 * 60 * 60_000;

/**
 * The wait before the next attempt, after `failedAttempts` failures (1 for the first): 30 s,
 * doubling up to an hour. The jitter takes up to a fifth off, so mails that failed together
 * (an SMTP outage) do not all come back in the same second, and no wait exceeds the cap.
 */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number {
	const exponent = Math.max(0, failedAttempts - 1);
	// 2^7 × 30 s already passes the cap; clamping the exponent keeps huge counts finite.
	const base = Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** Math.min(exponent, 16));
	return Math.round(base * (1 - 0.2 * random()));
}

/** True when a mail enqueued at `createdAt` has been tried long enough to give up. */
export function isPastGiveUpHorizon(createdAt: string, at: Date): boolean {
	return at.getTime() - Date.parse(createdAt) >= GIVE_UP_AFTER_MS;
}
