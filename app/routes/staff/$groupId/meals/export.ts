import { toCsv } from "#app/infra/csv.ts";
import { translatorFor } from "#app/infra/i18n.server.ts";
import type { Route } from "./+types/export";
import { kitchenChoice, loadKitchenDay } from "./kitchen.server.ts";

/**
 * The kitchen list as CSV (`?house=&day=`), for spreadsheets: one row per booked child and
 * meal, with the diet and the allergy alert. In French, the staff's working language here, as
 * the other exports. Audited (`meal.kitchen.viewed`, format csv).
 */
export async function loader(args: Route.LoaderArgs) {
	const choice = await kitchenChoice(args);
	const kitchen = await loadKitchenDay(choice, "csv");
	const t = translatorFor("fr");
	const rows = kitchen.offers.flatMap((offer) =>
		offer.children.map((child) => {
			const alert = offer.alerts.find((candidate) => candidate.childId === child.childId);
			return [
				kitchen.day,
				offer.name,
				child.childName,
				child.vegetarian ? t("meals.kitchen.diets.vegetarian") : (child.diet ?? t("meals.kitchen.diets.standard")),
				alert ? alert.allergens.map((code) => t(`meals.allergens.${code}` as never)).join(", ") : "",
				alert ? alert.allergies.join(", ") : "",
			];
		}),
	);
	const csv = toCsv(
		[
			t("meals.kitchen.columns.day"),
			t("meals.kitchen.columns.meal"),
			t("meals.kitchen.columns.child"),
			t("meals.kitchen.columns.diet"),
			t("meals.kitchen.columns.alert"),
			t("meals.kitchen.columns.allergies"),
		],
		rows,
	);
	return new Response(csv, {
		headers: {
			"Content-Type": "text/csv; charset=utf-8",
			"Content-Disposition": `attachment; filename="repas-${kitchen.day}.csv"`,
			"Cache-Control": "no-store",
		},
	});
}
