import type { RateLimitRule } from "#app/infra/rate-limit.server.ts";

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * How often each account action may be tried, per client address and per account (the
 * e-mail or username typed, normalised). Generous for people, tight for scripts. Sign-in is
 * throttled differently, without lock-out: `sign-in-throttle.server.ts`.
 */
export const accountRateLimits = {
	signUp: { perIp: { limit: 10, windowSeconds: HOUR }, perAccount: { limit: 5, windowSeconds: HOUR } },
	resend: { perIp: { limit: 20, windowSeconds: HOUR }, perAccount: { limit: 5, windowSeconds: HOUR } },
	forgotPassword: { perIp: { limit: 20, windowSeconds: HOUR }, perAccount: { limit: 5, windowSeconds: HOUR } },
	changeEmail: { perIp: { limit: 20, windowSeconds: HOUR }, perAccount: { limit: 5, windowSeconds: HOUR } },
} as const;

export type AccountAction = keyof typeof accountRateLimits;

export function accountRateLimitRules(action: AccountAction, ipAddress: string, account: string): RateLimitRule[] {
	const limits = accountRateLimits[action];
	return [
		{ key: `${action}:ip:${ipAddress}`, ...limits.perIp },
		{ key: `${action}:account:${account.trim().toLowerCase()}`, ...limits.perAccount },
	];
}
