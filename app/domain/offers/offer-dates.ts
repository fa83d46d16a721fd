import { dateTimeFormat, localeOf } from "#app/infra/intl.ts";

function day(date: string, language: string): string {
	const [year, month, dayOfMonth] = date.split("-").map(Number) as [number, number, number];
	return dateTimeFormat(localeOf(language), {
		timeZone: "UTC",
		day: "2-digit",
		month: "2-digit",
		year: "numeric",
	}).format(new Date(Date.UTC(year, month - 1, dayOfMonth)));
}

/** The days an offer runs: a camp's first → last day, or an activity's list of days. */
export function offerDays(offer: { first_day: string; last_day: string; dates: string; kind: string }): string[] {
	if (offer.kind === "activity") {
		const days = JSON.parse(offer.dates) as string[];
		if (days.length > 0) return days;
	}
	return [offer.first_day, offer.last_day];
}

/** « 06/07/2027 → 10/07/2027 » for a camp; « 04/03/2027, 11/03/2027 » for an activity. */
export function offerDatesLabel(
	offer: { first_day: string; last_day: string; dates: string; kind: string },
	language: string,
): string {
	if (offer.kind === "activity") {
		const days = JSON.parse(offer.dates) as string[];
		if (days.length > 0) return days.map((date) => day(date, language)).join(", ");
	}
	if (offer.first_day === offer.last_day) return day(offer.first_day, language);
	return `${day(offer.first_day, language)} → ${day(offer.last_day, language)}`;
}
