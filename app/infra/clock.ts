import { dateTimeFormat } from "./intl.ts";

/**
 * The application's notion of "now". Tests pin it with `pinClock`; with APP_ENV=test the
 * `RIBAMBELLE_NOW` variable pins it for a whole server process (e2e runs).
 */
let pinned: Date | undefined;

function fromEnvironment(): Date | undefined {
	if (typeof process === "undefined" || process.env.APP_ENV !== "test") return undefined;
	const value = process.env.RIBAMBELLE_NOW;
	return value ? new Date(value) : undefined;
}

export function now(): Date {
	return new Date((pinned ?? fromEnvironment() ?? new Date()).getTime());
}

/** The current instant as stored in the database: ISO-8601 in UTC. */
export function nowIso(): string {
	return now().toISOString();
}

/** Pins the clock to an instant (or releases it with `undefined`). For tests only. */
export function pinClock(instant: Date | string | undefined): void {
	pinned = instant === undefined ? undefined : new Date(instant);
}

/**
 * Runs `work` with the clock pinned to `instant`, then puts back whatever pin was there. For the
 * demo seed, which writes history (last year's camp, invoice and payment) through the use cases.
 */
export async function withClock<T>(instant: Date | string, work: () => Promise<T>): Promise<T> {
	const previous = pinned;
	pinned = new Date(instant);
	try {
		return await work();
	} finally {
		pinned = previous;
	}
}

export const TIME_ZONE = "Europe/Brussels";

/** The calendar date (`YYYY-MM-DD`) of an instant in Brussels. */
export function dateInBrussels(instant: Date = now()): string {
	return dateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(instant);
}

/** Minutes Brussels is ahead of UTC at an instant (60 in winter, 120 in summer). */
function brusselsOffsetMinutes(instant: Date): number {
	const parts = dateTimeFormat("en-GB", {
		timeZone: TIME_ZONE,
		hourCycle: "h23",
		year: "numeric",
		month: "2-digit",
		day: "2-digit",
		hour: "2-digit",
		minute: "2-digit",
	}).formatToParts(instant);
	const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
	const asUtc = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
	return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant (ISO, UTC) at which a calendar day starts in Brussels. */
export function startOfDayInBrussels(date: string): string {
	const midnightUtc = new Date(`${date}T00:00:00Z`);
	const guess = new Date(midnightUtc.getTime() - brusselsOffsetMinutes(midnightUtc) * 60_000);
	// Correct once more in case the offset changes between the guess and midnight (DST nights).
	return new Date(midnightUtc.getTime() - brusselsOffsetMinutes(guess) * 60_000).toISOString();
}

/** The instant (ISO, UTC) of a Brussels wall-clock time `YYYY-MM-DDTHH:MM`. */
export function brusselsTimeToIso(local: string): string {
	const asUtc = new Date(`${local}:00Z`);
	const guess = new Date(asUtc.getTime() - brusselsOffsetMinutes(asUtc) * 60_000);
	return new Date(asUtc.getTime() - brusselsOffsetMinutes(guess) * 60_000).toISOString();
}

/** An instant as a Brussels wall-clock time `YYYY-MM-DDTHH:MM` (for datetime-local inputs). */
export function isoToBrusselsTime(iso: string): string {
	const instant = new Date(iso);
	return new Date(instant.getTime() + brusselsOffsetMinutes(instant) * 60_000).toISOString().slice(0, 16);
}

/** A calendar date (`YYYY-MM-DD`) some days later (or earlier, with a negative number). */
export function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
