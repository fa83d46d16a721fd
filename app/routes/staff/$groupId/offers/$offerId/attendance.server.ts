import { getDb } from "#app/db/db.server.ts";
import { formatPhone } from "#app/domain/families/phone.ts";
import { pageFrom } from "#app/domain/list-page.ts";
import { ageInMonthsOn } from "#app/domain/offers/age.ts";
import { offerRunDays } from "#app/domain/offers/offer-days.server.ts";
import { readAttendanceList } from "#app/domain/offers/read-attendance-list.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { throwAsErrorPage } from "#app/server/form-action.server.ts";
import { requireStaff } from "../../../+shared/staff-context.server.ts";
import { offerHeading } from "../+shared/offer-context.server.ts";
import type { Route } from "./+types/attendance";

export async function loader(args: Route.LoaderArgs) {
	const staff = await requireStaff(args.request, args.context, args.params.groupId);
	const searchParams = documentUrl(args.request).searchParams;
	const requested = searchParams.get("day") ?? undefined;
	const page = pageFrom(searchParams);
	const {
		offer,
		attendees,
		day,
		days: offerDayChoices,
		hasMore,
	} = await readAttendanceList({
		db: getDb(),
		actor: staff.actor,
		offerId: args.params.offerId,
		day: requested,
		page,
	}).catch(throwAsErrorPage);
	// The days the offer runs (a day camp has no box on a weekend or a public holiday); an
	// activity registered day by day: one list per day, its boxes that day's.
	const days = day ? [day] : offerRunDays(offer);
	return {
		group: staff.group,
		offer: offerHeading(offer),
		day,
		dayChoices: offerDayChoices,
		page,
		hasMore,
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
			emergencyContacts: attendee.emergencyContacts.map(({ name, relation, phone, phone_alt }) => ({
				name,
				relation,
				phones: [phone, phone_alt].flatMap((number) => (number ? [formatPhone(number)] : [])),
			})),
			guardians: attendee.guardians.map((guardian) => ({
				name: `${guardian.first_name} ${guardian.last_name}`.trim(),
				phone: guardian.mobile_phone ? formatPhone(guardian.mobile_phone) : null,
			})),
		})),
	};
}
