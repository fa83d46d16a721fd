import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import { registrationStatuses } from "#app/db/schema.ts";
import { ageInMonthsOn } from "#app/domain/offers/age.ts";
import { decideRegistration } from "#app/domain/offers/decide-registration.server.ts";
import { decideRegistrationSchema } from "#app/domain/offers/offer-input.ts";
import {
	dayCountersOf,
	listRegistrationsOfOffer,
	waitingPositions,
} from "#app/domain/offers/offers.repository.server.ts";
import { registersByDay } from "#app/domain/offers/register-child.server.ts";
import { decisionsFor } from "#app/domain/offers/registration-decisions.ts";
import { documentPath, documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { offerHeading, requireOfferEditor, requireStaffOffer } from "../../+shared/offer-context.server.ts";
import type { Route } from "./+types/index";

const statusFilter = z.enum(registrationStatuses).optional().catch(undefined);

export async function loader(args: Route.LoaderArgs) {
	const { staff, offer, canEdit } = await requireStaffOffer(args);
	const status = statusFilter.parse(documentUrl(args.request).searchParams.get("status") ?? undefined);
	const db = getDb();
	// One offer holds at most capacity + waiting list + those refused or cancelled: small enough
	// to count by state here rather than in another query.
	const [registrations, positions, dayCounters] = await Promise.all([
		listRegistrationsOfOffer(db, offer.id),
		waitingPositions(db, [offer.id]),
		dayCountersOf(db, [offer.id]),
	]);
	// Each day of an activity registered day by day has its own places (decision 023).
	const loadOf = (day: string | null) => {
		const counters = day === null ? undefined : dayCounters.get(offer.id)?.get(day);
		return {
			capacity: offer.capacity,
			placesTaken: day === null ? offer.places_taken : (counters?.placesTaken ?? 0),
			waitingListSize: offer.waiting_list_size,
			waitingCount: day === null ? offer.waiting_count : (counters?.waitingCount ?? 0),
		};
	};
	const counts = Object.fromEntries(
		registrationStatuses.map((state) => [state, registrations.filter((row) => row.status === state).length]),
	) as Record<(typeof registrationStatuses)[number], number>;
	return {
		group: staff.group,
		offer: offerHeading(offer),
		canEdit,
		status: status ?? null,
		counts,
		total: registrations.length,
		byDay: registersByDay(offer),
		registrations: registrations
			.filter((row) => !status || row.status === status)
			.map((row) => ({
				id: row.id,
				status: row.status,
				position: positions.get(row.id) ?? null,
				childId: row.child_id,
				fileNumber: row.file_number,
				name: `${row.last_name.toUpperCase()} ${row.first_name}`,
				day: row.offer_day,
				ageMonths: row.birth_date ? ageInMonthsOn(row.birth_date, offer.first_day) : null,
				withCare: Boolean(row.with_care),
				queuedAt: row.queued_at,
				refusalReason: row.refusal_reason,
				decisions: canEdit ? decisionsFor(row.status, loadOf(row.offer_day)) : [],
			})),
	};
}

export async function action(args: Route.ActionArgs) {
	const context = await requireStaffOffer(args);
	requireOfferEditor(context);
	const { staff } = context;
	return handleForm({
		request: args.request,
		schema: decideRegistrationSchema,
		run: async (values) => {
			await decideRegistration({ db: getDb(), actor: staff.actor, input: values });
			return redirectWithFlash(documentPath(args.request), {
				message: `offerAdmin.registrations.done.${values.decision}`,
			});
		},
	});
}
