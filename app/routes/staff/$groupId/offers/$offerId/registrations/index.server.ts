import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import { registrationStatuses } from "#app/db/schema.ts";
import { pageFrom, pageOf } from "#app/domain/list-page.ts";
import { ageInMonthsOn } from "#app/domain/offers/age.ts";
import { decideRegistration } from "#app/domain/offers/decide-registration.server.ts";
import { offerDays } from "#app/domain/offers/offer-dates.ts";
import { decideRegistrationSchema } from "#app/domain/offers/offer-input.ts";
import {
	countRegistrationsByStatus,
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
	const searchParams = documentUrl(args.request).searchParams;
	const status = statusFilter.parse(searchParams.get("status") ?? undefined);
	// An activity registered day by day can be shown one day at a time; other days are ignored.
	const days = registersByDay(offer) ? [...new Set(offerDays(offer))] : [];
	const requestedDay = searchParams.get("day");
	const day = requestedDay && days.includes(requestedDay) ? requestedDay : undefined;
	const page = pageFrom(searchParams);
	const db = getDb();
	const [rows, counts, positions, dayCounters] = await Promise.all([
		listRegistrationsOfOffer(db, offer.id, { status, day, page }),
		countRegistrationsByStatus(db, offer.id),
		waitingPositions(db, [offer.id]),
		dayCountersOf(db, [offer.id]),
	]);
	const { rows: registrations, hasMore } = pageOf(rows, page);
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
	return {
		group: staff.group,
		offer: offerHeading(offer),
		canEdit,
		status: status ?? null,
		day: day ?? null,
		days,
		page,
		hasMore,
		counts,
		total: Object.values(counts).reduce((sum, count) => sum + count, 0),
		byDay: registersByDay(offer),
		registrations: registrations.map((row) => ({
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
