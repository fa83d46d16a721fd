import { formatDate } from "#app/ui/format.ts";

/**
 * An activity's list of days, or a camp's first and last day. The days a camp really runs
 * (weekends and public holidays left out) are `offerRunDays` (offer-days.server.ts).
 */
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
		if (days.length > 0) return days.map((date) => formatDate(date, language)).join(", ");
	}
	if (offer.first_day === offer.last_day) return formatDate(offer.first_day, language);
	return `${formatDate(offer.first_day, language)} → ${formatDate(offer.last_day, language)}`;
}

/**
 * An offer (or a row carrying its dates) as seen by a registration of one of its days
 * (decision 023): first and last day are that day, its dates only that day. Unchanged when
 * `day` is null (a registration of all the offer's days).
 */
export function onDay<Offer extends { first_day: string; last_day: string; dates: string }>(
	offer: Offer,
	day: string | null,
): Offer {
	return day === null ? offer : { ...offer, first_day: day, last_day: day, dates: JSON.stringify([day]) };
}
