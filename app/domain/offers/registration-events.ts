import type { IcsEvent } from "#app/infra/ics.ts";
import { offerRunDays } from "./offer-days.server.ts";

/** What the calendar needs of an accepted (or since cancelled) registration. */
export type RegistrationForCalendar = {
	id: string;
	/** A cancelled registration stays in calendars as STATUS:CANCELLED, so apps remove it. */
	status: string;
	/** The offer's revision plus the registration's: both only grow, so SEQUENCE does. */
	offer_revision: number;
	revision: number;
	/** The later of the registration's and the offer's last change. */
	offer_updated_at: string;
	kind: string;
	first_day: string;
	last_day: string;
	dates: string;
	start_time: string;
	end_time: string;
	updated_at: string;
};

/**
 * The calendar entries of a registration: a camp is one event repeated on the days it runs
 * (daily from its first to its last day, less the weekends and public holidays it skips, see
 * `campDays`) at its daily times; an activity is one event per day it takes place. UIDs
 * derive from the registration, so re-importing or refreshing a feed updates, never duplicates:
 * a change of the offer raises SEQUENCE, a cancellation says STATUS:CANCELLED (decision 017).
 */
export function registrationEvents(
	registration: RegistrationForCalendar,
	text: { summary: string; description: string; location: string; url: string },
	domain: string,
): IcsEvent[] {
	const common = {
		// ISO instants sort as text: the later of the two changes.
		stamp: [registration.offer_updated_at, registration.updated_at].sort()[1] ?? registration.updated_at,
		sequence: registration.offer_revision + registration.revision,
		status: registration.status === "accepted" ? ("CONFIRMED" as const) : ("CANCELLED" as const),
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
				days: offerRunDays(registration),
			},
		];
	}
	return offerRunDays(registration).map((date) => ({
		uid: `${registration.id}-${date.replaceAll("-", "")}@${domain}`,
		...common,
		...time(date),
	}));
}
