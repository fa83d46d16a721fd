import { getDb } from "#app/db/db.server.ts";
import { listHousesForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { copyOfferToNextWeek } from "#app/domain/offers/copy-offer.server.ts";
import { listPeriods } from "#app/domain/offers/offers.repository.server.ts";
import { saveOffer } from "#app/domain/offers/save-offer.server.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm, throwAsErrorPage } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { offerHeading, requireOfferEditor, requireStaffOffer } from "../+shared/offer-context.server.ts";
import { offerFormDefaults } from "../+shared/offer-form-defaults.server.ts";
import { offerFormSchema, offerInputFrom } from "../+shared/offer-form-input.ts";
import type { Route } from "./+types/index";

export async function loader(args: Route.LoaderArgs) {
	const { staff, offer, canEdit } = await requireStaffOffer(args);
	const db = getDb();
	const [houses, periods] = await Promise.all([listHousesForStaff(db, staff.access), listPeriods(db, staff.group.id)]);
	return {
		group: staff.group,
		offer: offerHeading(offer),
		canEdit,
		houses: houses.map((house) => ({ id: house.id, name: house.name })),
		periods: periods.map((period) => ({ id: period.id, name: period.name })),
		defaultValue: offerFormDefaults(offer),
	};
}

export async function action(args: Route.ActionArgs) {
	const context = await requireStaffOffer(args);
	requireOfferEditor(context);
	const { staff, offer } = context;
	const db = getDb();
	const formData = await readForm(args.request);
	if (formData.get("intent") === "copy") {
		try {
			const { offerId } = await copyOfferToNextWeek({ db, actor: staff.actor, offerId: offer.id });
			return redirectWithFlash(`/staff/${staff.group.id}/offers/${offerId}`, { message: "offerAdmin.copy.done" });
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
			return redirectWithFlash(`/staff/${staff.group.id}/offers/${offer.id}`, { message: "offerAdmin.form.saved" });
		},
	});
}
