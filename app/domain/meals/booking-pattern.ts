import { addDays } from "#app/infra/clock.ts";
import { isoWeekday } from "./deadlines.ts";

/** At most a school year of days from one pattern. */
const MAX_PATTERN_DAYS = 366;

/**
 * The days of a weekly pattern (« tous les lundis et jeudis ») from `from` until `until`, both
 * included, that the house serves (`isServed`: no weekend, holiday or closed day).
 *
 * @param weekdays ISO weekdays, 1 Monday … 5 Friday.
 * @returns calendar dates `YYYY-MM-DD`, in order; empty when `until` is before `from`.
 */
export function patternDays(options: {
	from: string;
	until: string;
	weekdays: number[];
	isServed: (day: string) => boolean;
}): string[] {
	const wanted = new Set(options.weekdays);
	const days: string[] = [];
	for (let day = options.from, step = 0; day <= options.until && step < MAX_PATTERN_DAYS; step += 1) {
		if (wanted.has(isoWeekday(day)) && options.isServed(day)) days.push(day);
		day = addDays(day, 1);
	}
	return days;
}
