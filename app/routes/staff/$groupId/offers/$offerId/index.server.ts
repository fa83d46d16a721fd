import { getDb } from "#app/db/db.server.ts";
import { listHousesForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { archiveOffer } from "#app/domain/offers/archive-offer.server.ts";
import { copyOfferToNextWeek } from "#app/domain/offers/copy-offer.server.ts";
import { deleteOffer, isDeletable } from "#app/domain/offers/delete-offer.server.ts";
import { listPeriods, registrationCounts } from "#app/domain/offers/offers.repository.server.ts";
import { saveOffer } from "#app/domain/offers/save-offer.server.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm, throwAsErrorPage } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { offerHeading, requireOfferEditor, requireStaffOffer } from "../+shared/offer-context.server.ts";
import { offerFormDefaults } from "../+shared/offer-form-defaults.server.ts";
import { offerFormSchema, offerInputFrom } from "../+shared/offer-form-input.ts";
import type { Route } from "./+types/index";

export async function loader(args: Route.LoaderArgs) {
	const { staff, offer, canEdit } = await requireStaffOffer(args);
	const db = getDb();
	const [houses, periods, counts] = await Promise.all([
		listHousesForStaff(db, staff.access),
		listPeriods(db, staff.group.id),
		registrationCounts(db, offer.id),
	]);
	return {
		group: staff.group,
		offer: offerHeading(offer),
		canEdit,
		archived: offer.archived_at !== null,
		deletable: isDeletable(offer, counts.total),
		/** Families a change of dates, times, place or price, or a cancellation, would concern. */
		concernedFamilies: counts.active,
		// Archived houses and periods are not offered, except the offer's own (decision 024).
		houses: houses
			.filter((house) => house.archived_at === null || house.id === offer.house_id)
			.map((house) => ({ id: house.id, name: house.name })),
		periods: periods
			.filter((period) => period.archived_at === null || period.id === offer.period_id)
			.map((period) => ({ id: period.id, name: period.name })),
		defaultValue: offerFormDefaults(offer),
		constraints: { offer: formConstraint(offerFormSchema(offer.kind)) },
	};
}

/** The buttons beside the form: each runs its use case and goes back with a message. */
const lifeIntents = {
	copy: "offerAdmin.copy.done",
	archive: "offerAdmin.archive.done",
	restore: "offerAdmin.archive.restored",
	delete: "offerAdmin.delete.done",
} as const;

export async function action(args: Route.ActionArgs) {
	const context = await requireStaffOffer(args);
	requireOfferEditor(context);
	const { staff, offer } = context;
	const db = getDb();
	const formData = await readForm(args.request);
	const intent = formData.get("intent");
	const base = `/staff/${staff.group.id}/offers`;
	if (intent === "copy" || intent === "archive" || intent === "restore" || intent === "delete") {
		try {
			const actor = staff.actor;
			if (intent === "copy") {
				const { offerId } = await copyOfferToNextWeek({ db, actor, offerId: offer.id });
				return redirectWithFlash(`${base}/${offerId}`, { message: lifeIntents.copy });
			}
			if (intent === "delete") {
				await deleteOffer({ db, actor, offerId: offer.id });
				return redirectWithFlash(base, { message: lifeIntents.delete });
			}
			await archiveOffer({ db, actor, offerId: offer.id, archived: intent === "archive" });
			return redirectWithFlash(`${base}/${offer.id}`, { message: lifeIntents[intent] });
		} catch (error) {
			return throwAsErrorPage(error);
		}
	}
	// The kind of an offer never changes: the form is read as the offer's kind, whatever it says.
	formData.set("kind", offer.kind);
	return handleForm({
		request: args.request,
		formData,
		schema: offerFormSchema(offer.kind),
		run: async () => {
			await saveOffer({ db, actor: staff.actor, offerId: offer.id, input: offerInputFrom(formData) });
			return redirectWithFlash(`${base}/${offer.id}`, { message: "offerAdmin.form.saved" });
		},
	});
}
