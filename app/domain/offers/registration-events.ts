import type { IcsEvent } from "#app/infra/ics.ts";
import { offerDays } from "./offer-dates.ts";

/** What the calendar needs of an accepted registration. */
export type RegistrationForCalendar = {
	id: string;
	kind: string;
	first_day: string;
	last_day: string;
	dates: string;
	start_time: string;
	end_time: string;
	updated_at: string;
};

function daysBetween(first: string, last: string): number {
	return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * The calendar entries of a registration: a camp is one event repeated daily from its first to
 * its last day at its daily times; an activity is one event per day it takes place. UIDs
 * derive from the registration, so re-importing or refreshing a feed updates, never duplicates.
 */
export function registrationEvents(
	registration: RegistrationForCalendar,
	text: { summary: string; description: string; location: string; url: string },
	domain: string,
): IcsEvent[] {
	const common = {
		stamp: registration.updated_at,
		summary: text.summary,
		description: text.description,
		location: text.location,
		url: text.url,
	};
	const time = (date: string) => ({
		start: { date, time: registration.start_time },
		end: { date, time: registration.end_time },
	});
	if (registration.kind === "camp") {
		return [
			{
				uid: `${registration.id}@${domain}`,
				...common,
				...time(registration.first_day),
				dailyCount: daysBetween(registration.first_day, registration.last_day),
			},
		];
	}
	return [...new Set(offerDays(registration))].map((date) => ({
		uid: `${registration.id}-${date.replaceAll("-", "")}@${domain}`,
		...common,
		...time(date),
	}));
}
