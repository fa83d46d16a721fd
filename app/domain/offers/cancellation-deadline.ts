import { startOfDayInBrussels } from "#app/infra/clock.ts";

/**
 * Until when a guardian may cancel a registration: the offer's own deadline, else the start of
 * its first day in Brussels (the rule `cancelRegistration` enforces).
 */
export function cancellationDeadline(offer: { cancel_until: string | null; first_day: string }): string {
	return offer.cancel_until ?? startOfDayInBrussels(offer.first_day);
}
