import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import {
	readMealOfferSettings,
	setMealPrice,
	setMealRules,
	updateMealOffer,
} from "#app/domain/meals/meal-offer-versions.server.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm, throwAsErrorPage } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/offer";
import { offerIntents } from "./offer-choices.ts";
import { offerDetailsSchema, priceVersionSchema, rulesVersionSchema } from "./offer-forms.ts";

/**
 * A meal offer's settings: its names and houses, and every version of its prices and rules.
 * Group admins change them; house managers of a serving house read them; readers and members
 * of other houses get 403 / 404 (`readMealOfferSettings`).
 */
export async function loader(args: Route.LoaderArgs) {
	const staff = await requireStaff(args.request, args.context, args.params.groupId);
	const db = getDb();
	const settings = await readMealOfferSettings(db, staff.actor, args.params.mealOfferId).catch(throwAsErrorPage);
	const houses = await db
		.selectFrom("houses")
		.select(["id", "name", "archived_at"])
		.where("group_id", "=", staff.group.id)
		.orderBy("name")
		.execute();
	return {
		group: staff.group,
		canEdit: isGroupAdmin(staff.access),
		...settings,
		// Open houses to choose from, and any archived one that still serves it.
		houses: houses.filter((house) => house.archived_at === null || settings.houseIds.includes(house.id)),
	};
}

/** Names and houses, a price version or a rules version, by `intent`; group admins only. */
export async function action(args: Route.ActionArgs) {
	const staff = await requireStaff(args.request, args.context, args.params.groupId);
	const db = getDb();
	const mealOfferId = args.params.mealOfferId;
	const here = `/staff/${staff.group.id}/meals/offers/${mealOfferId}`;
	const formData = await readForm(args.request);
	const common = { request: args.request, formData };
	switch (formData.get("intent")) {
		case offerIntents.details:
			return handleForm({
				...common,
				schema: offerDetailsSchema,
				run: async (input) => {
					await updateMealOffer({ db, actor: staff.actor, mealOfferId, input });
					return redirectWithFlash(here, { message: "meals.offer.detailsSaved" });
				},
			});
		case offerIntents.price:
			return handleForm({
				...common,
				schema: priceVersionSchema,
				run: async ({ price, ...rest }) => {
					await setMealPrice({ db, actor: staff.actor, mealOfferId, input: { ...rest, priceCents: price } });
					return redirectWithFlash(here, { message: "meals.offer.priceSaved" });
				},
			});
		case offerIntents.rules:
			return handleForm({
				...common,
				schema: rulesVersionSchema,
				run: async (input) => {
					await setMealRules({ db, actor: staff.actor, mealOfferId, input });
					return redirectWithFlash(here, { message: "meals.offer.rulesSaved" });
				},
			});
		default:
			throw data(null, { status: 400 });
	}
}
