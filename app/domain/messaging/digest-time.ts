import { addDays, brusselsTimeToIso, dateInBrussels, now } from "#app/infra/clock.ts";

/**
 * The Brussels wall-clock time of the daily digest: after the day at the crèche or the school,
 * when parents read their mail, and late enough that the day's messages are in (decision 031).
 */
export const DIGEST_TIME = "18:00";

/** The instant (ISO, UTC) of the digest of a Brussels day: 17:00 UTC in winter, 16:00 in summer. */
export function digestTimeOf(day: string): string {
	return brusselsTimeToIso(`${day}T${DIGEST_TIME}`);
}

/**
 * The Brussels day of the latest digest time at or before `instant`: today from 18:00 on,
 * yesterday before. A server that was down at 18:00 still makes that day's digest later.
 */
export function latestDigestDay(instant: Date = now()): string {
	const today = dateInBrussels(instant);
	return Date.parse(digestTimeOf(today)) <= instant.getTime() ? today : addDays(today, -1);
}
