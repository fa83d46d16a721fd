import { data } from "react-router";
import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import { offerKinds, offerStatuses } from "#app/db/schema.ts";
import { listHousesForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { staffPermissions } from "#app/domain/groups/permissions.ts";
import { dateFilter, pageFrom, pageOf } from "#app/domain/list-page.ts";
import { archivePeriod, deletePeriod } from "#app/domain/offers/archive-period.server.ts";
import { createPeriod } from "#app/domain/offers/create-period.server.ts";
import { periodSchema } from "#app/domain/offers/offer-input.ts";
import { listOffersForStaff, listPeriods, periodsInUse } from "#app/domain/offers/offers.repository.server.ts";
import { isId } from "#app/infra/ids.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm, throwAsErrorPage } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/index";

const id = z.string().refine(isId).optional().catch(undefined);
/** The list's filters from its URL; anything malformed is ignored. */
const filtersSchema = z.object({
	kind: z.enum(offerKinds).optional().catch(undefined),
	status: z.enum(offerStatuses).optional().catch(undefined),
	period: id,
	house: id,
	/** « Voir les archives »: the archived offers instead of those in use. */
	archived: z.literal("1").optional().catch(undefined),
	/** Offers that run on or after this day, and that start on or before `to`. */
	from: dateFilter,
	to: dateFilter,
});

export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	const searchParams = documentUrl(request).searchParams;
	const filters = filtersSchema.parse(Object.fromEntries(searchParams));
	const page = pageFrom(searchParams);
	const db = getDb();
	const [rows, periods, houses, usedPeriods] = await Promise.all([
		listOffersForStaff(db, staff.access, {
			kind: filters.kind,
			status: filters.status,
			periodId: filters.period,
			houseId: filters.house,
			archived: filters.archived === "1",
			from: filters.from,
			to: filters.to,
			page,
		}),
		listPeriods(db, staff.group.id),
		listHousesForStaff(db, staff.access),
		periodsInUse(db, staff.group.id),
	]);
	const { readOnly, archiveHousesAndPeriods } = staffPermissions(staff.access);
	const { rows: offers, hasMore } = pageOf(rows, page);
	return {
		group: staff.group,
		filters,
		page,
		hasMore,
		periods: periods.map((period) => ({ ...period, inUse: usedPeriods.has(period.id) })),
		houses: houses.map((house) => ({ id: house.id, name: house.name })),
		offers: offers.map((offer) => ({
			id: offer.id,
			kind: offer.kind,
			title: offer.title,
			houseName: offer.house_name,
			periodName: offer.period_name,
			firstDay: offer.first_day,
			lastDay: offer.last_day,
			dates: offer.dates,
			status: offer.status,
			capacity: offer.capacity,
			placesTaken: offer.places_taken,
			waitingListSize: offer.waiting_list_size,
			waitingCount: offer.waiting_count,
		})),
		permissions: {
			createOffers: !readOnly && houses.some((house) => house.archived_at === null),
			createPeriods: !readOnly,
			archivePeriods: archiveHousesAndPeriods,
		},
		constraints: { period: formConstraint(periodSchema) },
	};
}

/** The period buttons (group admins): each runs its use case and comes back with a message. */
const periodIntents = {
	"archive-period": "offerAdmin.periods.archivedDone",
	"restore-period": "offerAdmin.periods.restored",
	"delete-period": "offerAdmin.periods.deleted",
} as const;

export async function action({ request, context, params }: Route.ActionArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	if (staffPermissions(staff.access).readOnly) throw data(null, { status: 403 });
	const formData = await readForm(request);
	const intent = formData.get("intent");
	if (intent === "archive-period" || intent === "restore-period" || intent === "delete-period") {
		const periodId = formData.get("periodId");
		if (typeof periodId !== "string" || !isId(periodId)) throw data(null, { status: 400 });
		try {
			const options = { db: getDb(), actor: staff.actor, periodId };
			if (intent === "delete-period") await deletePeriod(options);
			else await archivePeriod({ ...options, archived: intent === "archive-period" });
		} catch (error) {
			return throwAsErrorPage(error);
		}
		return redirectWithFlash(`/staff/${staff.group.id}/offers`, { message: periodIntents[intent] });
	}
	return handleForm({
		request,
		formData,
		schema: periodSchema,
		run: async (values) => {
			await createPeriod({ db: getDb(), actor: staff.actor, input: values });
			return redirectWithFlash(`/staff/${staff.group.id}/offers`, { message: "offerAdmin.periods.created" });
		},
	});
}
