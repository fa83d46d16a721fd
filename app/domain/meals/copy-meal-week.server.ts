import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { addDays, nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { AppError } from "../app-error.ts";
import { mondayOf } from "./deadlines.ts";
import { mealOfferForMenus } from "./save-meal-offer.server.ts";

/**
 * « Copier la semaine précédente »: the dishes of the week before (Monday to Friday) onto the
 * same weekdays of the week of `week`, for the days of that week that have no menu yet (a menu
 * already written is kept). Same rights as writing a menu.
 *
 * @returns how many days received a menu.
 * @throws AppError as `saveMealMenu` (NOT_FOUND, FORBIDDEN); VALIDATION `week: meals.validation.date`.
 */
export async function copyMealWeek(options: {
	db: Database;
	actor: StaffActor;
	mealOfferId: string;
	week: string;
}): Promise<{ days: number }> {
	const { db, actor } = options;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(options.week)) {
		throw new AppError("VALIDATION", { fieldErrors: { week: ["meals.validation.date"] } });
	}
	const monday = mondayOf(options.week);
	const previous = addDays(monday, -7);
	return withTransaction(db, async (trx) => {
		const offer = await mealOfferForMenus(trx, actor, options.mealOfferId);
		const [source, existing] = await Promise.all([
			trx
				.selectFrom("meal_dishes")
				.select(["day", "course", "name", "allergens"])
				.where("meal_offer_id", "=", offer.id)
				.where("day", ">=", previous)
				.where("day", "<=", addDays(previous, 4))
				.execute(),
			trx
				.selectFrom("meal_dishes")
				.select("day")
				.distinct()
				.where("meal_offer_id", "=", offer.id)
				.where("day", ">=", monday)
				.where("day", "<=", addDays(monday, 4))
				.execute(),
		]);
		const written = new Set(existing.map((row) => row.day));
		const at = nowIso();
		const copies = source
			.map((dish) => ({ ...dish, day: addDays(dish.day, 7) }))
			.filter((dish) => !written.has(dish.day));
		if (copies.length > 0) {
			await trx
				.insertInto("meal_dishes")
				.values(copies.map((dish) => ({ id: newId(), meal_offer_id: offer.id, updated_at: at, ...dish })))
				.execute();
		}
		return { days: new Set(copies.map((dish) => dish.day)).size };
	});
}
