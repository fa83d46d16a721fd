import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { listHousesForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { staffPermissions } from "#app/domain/groups/permissions.ts";
import { listPeriods } from "#app/domain/offers/offers.repository.server.ts";
import { saveOffer } from "#app/domain/offers/save-offer.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import { newOfferDefaults } from "./+shared/offer-form-defaults.server.ts";
import { kindOf, offerFormSchema, offerInputFrom } from "./+shared/offer-form-input.ts";
import type { Route } from "./+types/new";

/** Creating offers is for admins and house managers; readers only read. */
async function requireOfferCreator(args: Route.LoaderArgs | Route.ActionArgs) {
	const staff = await requireStaff(args.request, args.context, args.params.groupId);
	if (staffPermissions(staff.access).readOnly) throw data(null, { status: 403 });
	return staff;
}

export async function loader(args: Route.LoaderArgs) {
	const staff = await requireOfferCreator(args);
	const kind = kindOf(documentUrl(args.request).searchParams.get("kind"));
	const db = getDb();
	const [houses, periods] = await Promise.all([listHousesForStaff(db, staff.access), listPeriods(db, staff.group.id)]);
	return {
		group: staff.group,
		kind,
		// Archived houses and periods are not offered for new offers (decision 024).
		houses: houses.filter((house) => house.archived_at === null).map((house) => ({ id: house.id, name: house.name })),
		periods: periods
			.filter((period) => period.archived_at === null)
			.map((period) => ({ id: period.id, name: period.name })),
		defaultValue: newOfferDefaults(
			kind,
			houses.filter((house) => house.archived_at === null).map((house) => house.id),
		),
		constraints: { offer: formConstraint(offerFormSchema(kind)) },
	};
}

export async function action(args: Route.ActionArgs) {
	const staff = await requireOfferCreator(args);
	const formData = await readForm(args.request);
	const kind = kindOf(formData.get("kind"));
	return handleForm({
		request: args.request,
		formData,
		schema: offerFormSchema(kind),
		run: async () => {
			const { offerId } = await saveOffer({ db: getDb(), actor: staff.actor, input: offerInputFrom(formData) });
			return redirectWithFlash(`/staff/${staff.group.id}/offers/${offerId}`, {
				message: `offerAdmin.form.created.${kind}`,
			});
		},
	});
}
