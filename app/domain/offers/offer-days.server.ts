/**
 * The days an offer really takes place (decision 021), for calendars, documents and the
 * attendance list. An activity lists its days. A camp gives only its first and last day:
 *
 * - A camp from Monday–Friday to Monday–Friday is a day camp (« stage », « plaine »): it does
 *   not run on the Saturdays, Sundays and Belgian public holidays between its first and last
 *   day. Friday 3 → Tuesday 7 July 2026 runs on Friday 3, Monday 6 and Tuesday 7.
 * - A camp that starts or ends on a Saturday or Sunday runs on weekends (a weekend or a
 *   residential camp): it runs every day from first to last, holidays included.
 * - The first and last days always count: staff chose them, even a public holiday.
 *
 * Belgian public holidays (the ten legal ones: New Year, Easter Monday, 1 May, Ascension,
 * Whit Monday, 21 July, 15 August, 1 and 11 November, Christmas) come from date-holidays
 * ('BE', type public); the communities' own days (11 July, 27 September, 15 November) are not
 * days off for childcare and do not count.
 *
 * Server only: date-holidays carries every country's rules.
 */
import Holidays from "date-holidays";
import { formatDate } from "#app/ui/format.ts";
import { offerDatesLabel, offerDays } from "./offer-dates.ts";

const belgium = new Holidays("BE", { types: ["public"] });
const holidaysByYear = new Map<number, Set<string>>();

/** Belgium's public holidays of a year, as `YYYY-MM-DD`. */
export function belgianPublicHolidays(year: number): Set<string> {
	let days = holidaysByYear.get(year);
	if (!days) {
		days = new Set(
			belgium
				.getHolidays(year)
				.filter((holiday) => holiday.type === "public")
				.map((holiday) => holiday.date.slice(0, 10)),
		);
		holidaysByYear.set(year, days);
	}
	return days;
}

function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

function isWeekend(day: string): boolean {
	const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
	return weekday === 0 || weekday === 6;
}

/** Every calendar day from `first` to `last` (`YYYY-MM-DD`), both included. */
export function daysFromTo(first: string, last: string): string[] {
	const days: string[] = [];
	// Camps last at most 7 days, activities a year: 400 stops a corrupt row from looping long.
	for (let day = new Date(`${first}T00:00:00Z`); isoDay(day) <= last && days.length < 400; ) {
		days.push(isoDay(day));
		day.setUTCDate(day.getUTCDate() + 1);
	}
	return days;
}

/** The days a camp runs, first to last (`YYYY-MM-DD`), by the rules above. */
export function campDays(first: string, last: string): string[] {
	const all = daysFromTo(first, last);
	if (isWeekend(first) || isWeekend(last)) return all;
	return all.filter(
		(day) =>
			day === first || day === last || !(isWeekend(day) || belgianPublicHolidays(Number(day.slice(0, 4))).has(day)),
	);
}

type OfferDays = { kind: string; first_day: string; last_day: string; dates: string };

/** The days the offer takes place, in order, each once: an activity's list, a camp's days. */
export function offerRunDays(offer: OfferDays): string[] {
	if (offer.kind === "activity") {
		const listed = offerDays(offer);
		if (listed.length > 0) return [...new Set(listed)].sort();
	}
	return campDays(offer.first_day, offer.last_day);
}

/**
 * The dates of an offer for a document (PDF, mail): « 06/07/2027 → 10/07/2027 » when a camp
 * runs every day in between, else its days one by one, « 03/07/2026, 06/07/2026, 07/07/2026 ».
 */
export function offerRunDaysLabel(offer: OfferDays, language: string): string {
	if (offer.kind !== "camp") return offerDatesLabel(offer, language);
	const days = campDays(offer.first_day, offer.last_day);
	if (days.length === daysFromTo(offer.first_day, offer.last_day).length) return offerDatesLabel(offer, language);
	return days.map((day) => formatDate(day, language)).join(", ");
}
