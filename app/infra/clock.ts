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

export const TIME_ZONE = "Europe/Brussels";

/** The calendar date (`YYYY-MM-DD`) of an instant in Brussels. */
export function dateInBrussels(instant: Date = now()): string {
	return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(instant);
}
