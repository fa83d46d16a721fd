import { getDb } from "#app/db/db.server.ts";
import { formatPhone } from "#app/domain/families/phone.ts";
import { ageInMonthsOn } from "#app/domain/offers/age.ts";
import { offerDays } from "#app/domain/offers/offer-dates.ts";
import { readAttendanceList } from "#app/domain/offers/read-attendance-list.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { throwAsErrorPage } from "#app/server/form-action.server.ts";
import { requireStaff } from "../../../+shared/staff-context.server.ts";
import { offerHeading } from "../+shared/offer-context.server.ts";
import type { Route } from "./+types/attendance";

/** A camp's days, first to last (activities list theirs). */
function daysOf(offer: { kind: string; first_day: string; last_day: string; dates: string }): string[] {
	if (offer.kind === "activity") return offerDays(offer);
	const days: string[] = [];
	for (let day = new Date(`${offer.first_day}T00:00:00Z`); ; day.setUTCDate(day.getUTCDate() + 1)) {
		const iso = day.toISOString().slice(0, 10);
		if (iso > offer.last_day || days.length >= 31) break;
		days.push(iso);
	}
	return days;
}

export async function loader(args: Route.LoaderArgs) {
	const staff = await requireStaff(args.request, args.context, args.params.groupId);
	const requested = documentUrl(args.request).searchParams.get("day") ?? undefined;
	const {
		offer,
		attendees,
		day,
		days: offerDayChoices,
	} = await readAttendanceList({
		db: getDb(),
		actor: staff.actor,
		offerId: args.params.offerId,
		day: requested,
	}).catch(throwAsErrorPage);
	// An activity registered day by day: one list per day, its boxes that day's.
	const days = day ? [day] : daysOf(offer);
	return {
		group: staff.group,
		offer: offerHeading(offer),
		day,
		dayChoices: offerDayChoices,
		// More than two weeks of boxes no longer fit a page: the list is printed without them.
		days: days.length <= 10 ? days : [],
		attendees: attendees.map((attendee) => ({
			id: attendee.id,
			childId: attendee.child_id,
			fileNumber: attendee.file_number,
			name: `${attendee.last_name.toUpperCase()} ${attendee.first_name}`,
			birthDate: attendee.birth_date,
			ageMonths: attendee.birth_date ? ageInMonthsOn(attendee.birth_date, offer.first_day) : null,
			withCare: Boolean(attendee.with_care),
			allergies: attendee.allergies.map(({ allergen, reactions, what_to_do }) => ({
				allergen,
				reactions,
				whatToDo: what_to_do,
			})),
			medications: attendee.medications.map(({ name, dose, times, self_administered }) => ({
				name,
				dose,
				times,
				selfAdministered: Boolean(self_administered),
			})),
			notAllowed: attendee.notAllowed.map(({ name, relation, phone, notes }) => ({
				name,
				relation,
				phone: formatPhone(phone),
				notes,
			})),
			guardians: attendee.guardians.map((guardian) => ({
				name: `${guardian.first_name} ${guardian.last_name}`.trim(),
				phone: guardian.mobile_phone ? formatPhone(guardian.mobile_phone) : null,
			})),
		})),
	};
}
