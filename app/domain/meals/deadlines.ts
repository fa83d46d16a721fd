/**
 * When a meal can still be booked or cancelled (issue 12, decision 030). A meal offer's rule
 * says, for a meal served on a given day, until which instant parents may act:
 *
 * - `weekday-before`: a weekday and a time of the week before the meal's week (ISO weeks,
 *   Monday first): « jeudi 12:00 la semaine précédente » closes every meal of the week of
 *   Monday 12/01 on Thursday 08/01 at 12:00;
 * - `working-days-before`: a number of working days before the meal's day, at a time:
 *   « 2 jours ouvrables avant, 10:00 » closes Wednesday's meal on Monday at 10:00. Working days
 *   are Monday to Friday, not Belgian public holidays nor the house's closed days (the caller's
 *   `isWorkingDay` says which).
 *
 * A same-morning sick cancellation (« enfant malade ») is possible on the day itself until a
 * time. Every time is Brussels wall-clock time, so 12:00 stays noon across daylight-saving
 * changes; the instants returned are ISO strings in UTC.
 */
import { addDays, brusselsTimeToIso } from "#app/infra/clock.ts";

/** « HH:MM », 24-hour, Brussels time. */
export type WallTime = string;

export type DeadlineRule =
	| {
			kind: "weekday-before";
			/** ISO weekday of the week before: 1 Monday … 7 Sunday. */
			weekday: number;
			time: WallTime;
	  }
	| {
			kind: "working-days-before";
			/** Working days before the meal's day: 0 is the day itself. */
			days: number;
			time: WallTime;
	  };

const wallTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isWallTime(value: unknown): value is WallTime {
	return typeof value === "string" && wallTimePattern.test(value);
}

/** ISO weekday (1 Monday … 7 Sunday) of a calendar date `YYYY-MM-DD`. */
export function isoWeekday(day: string): number {
	const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
	return weekday === 0 ? 7 : weekday;
}

/** The Monday of the ISO week of a date. */
export function mondayOf(day: string): string {
	return addDays(day, 1 - isoWeekday(day));
}

/**
 * The last instant (ISO, UTC) at which the rule lets parents act on the meal of `day`.
 *
 * @param isWorkingDay says whether a date counts as a working day (for `working-days-before`).
 * @throws RangeError when no working day is found within a year before the meal (a calendar
 *   closed all year), or when the rule's time is not « HH:MM ».
 */
export function deadlineOf(day: string, rule: DeadlineRule, isWorkingDay: (day: string) => boolean): string {
	if (!isWallTime(rule.time)) throw new RangeError(`not a time of day: ${rule.time}`);
	if (rule.kind === "weekday-before") {
		const previousMonday = addDays(mondayOf(day), -7);
		return brusselsTimeToIso(`${addDays(previousMonday, rule.weekday - 1)}T${rule.time}`);
	}
	let candidate = day;
	let remaining = rule.days;
	for (let step = 0; remaining > 0; step += 1) {
		if (step > 366) throw new RangeError(`no working day within a year before ${day}`);
		candidate = addDays(candidate, -1);
		if (isWorkingDay(candidate)) remaining -= 1;
	}
	return brusselsTimeToIso(`${candidate}T${rule.time}`);
}

/** The last instant (ISO, UTC) of a same-morning sick cancellation of the meal of `day`. */
export function sickCancellationDeadlineOf(day: string, until: WallTime): string {
	if (!isWallTime(until)) throw new RangeError(`not a time of day: ${until}`);
	return brusselsTimeToIso(`${day}T${until}`);
}
