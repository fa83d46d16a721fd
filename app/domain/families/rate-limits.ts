import type { RateLimitRule } from "#app/infra/rate-limit.server.ts";

const HOUR = 60 * 60;

/**
 * Adding a child (by code or new dossier) is tried a handful of times by a real parent; a
 * script guessing codes hits these limits long before it could find one.
 */
export const addChildLimits = {
	perIp: { limit: 30, windowSeconds: HOUR },
	perAccount: { limit: 10, windowSeconds: HOUR },
} as const;

export function addChildRateLimitRules(ipAddress: string, userId: string): RateLimitRule[] {
	return [
		{ key: `add-child:ip:${ipAddress}`, ...addChildLimits.perIp },
		{ key: `add-child:account:${userId}`, ...addChildLimits.perAccount },
	];
}
