import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isIsoDay } from "#app/domain/form-fields.ts";
import { addDays, nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { AppError } from "../app-error.ts";
import { mondayOf } from "./deadlines.ts";
import { type MealCycleWeeks, mealCycleWeeks } from "./meal-cycle.ts";
import { mealOfferForMenus } from "./save-meal-offer.server.ts";

/**
 * « Copier les menus »: onto the week of `week` and the `weeks - 1` weeks after it, the dishes of
 * the same weekdays `cycle` weeks earlier — the week before (1), or a 4- to 6-week cycle of menus
 * (issue 12 §2). Weeks are filled one after the other, so a cycle repeats itself over weeks that
 * had no menu. Only days that have no menu yet receive one (a menu already written is kept).
 * Same rights as writing a menu.
 *
 * @param weeks 1 to 12 weeks to fill (default 1).
 * @returns how many days received a menu.
 * @throws AppError as `saveMealMenu` (NOT_FOUND, FORBIDDEN); VALIDATION `week: meals.validation.date`,
 *   `cycle: meals.validation.cycle`, `weeks: meals.validation.weeks`.
 */
export async function copyMealWeek(options: {
	db: Database;
	actor: StaffActor;
	mealOfferId: string;
	week: string;
	cycle?: MealCycleWeeks;
	weeks?: number;
}): Promise<{ days: number }> {
	const { db, actor } = options;
	const cycle = options.cycle ?? 1;
	const weeks = options.weeks ?? 1;
	if (!isIsoDay(options.week)) {
		throw new AppError("VALIDATION", { fieldErrors: { week: ["meals.validation.date"] } });
	}
	if (!mealCycleWeeks.includes(cycle))
		throw new AppError("VALIDATION", { fieldErrors: { cycle: ["meals.validation.cycle"] } });
	if (!Number.isInteger(weeks) || weeks < 1 || weeks > 12) {
		throw new AppError("VALIDATION", { fieldErrors: { weeks: ["meals.validation.weeks"] } });
	}
	const first = mondayOf(options.week);
	return withTransaction(db, async (trx) => {
		const offer = await mealOfferForMenus(trx, actor, options.mealOfferId);
		const from = addDays(first, -7 * cycle);
		const to = addDays(first, 7 * (weeks - 1) + 4);
		const rows = await trx
			.selectFrom("meal_dishes")
			.select(["day", "course", "name", "allergens"])
			.where("meal_offer_id", "=", offer.id)
			.where("day", ">=", from)
			.where("day", "<=", to)
			.execute();
		// Every dish of the span by day, copies included as they are made (a cycle repeats).
		const byDay = new Map<string, typeof rows>();
		for (const row of rows) byDay.set(row.day, [...(byDay.get(row.day) ?? []), row]);
		const copies: typeof rows = [];
		for (let week = 0; week < weeks; week++) {
			for (let weekday = 0; weekday < 5; weekday++) {
				const day = addDays(first, 7 * week + weekday);
				if (byDay.has(day)) continue;
				const source = byDay.get(addDays(day, -7 * cycle)) ?? [];
				if (source.length === 0) continue;
				const copied = source.map((dish) => ({ ...dish, day }));
				byDay.set(day, copied);
				copies.push(...copied);
			}
		}
		const at = nowIso();
		if (copies.length > 0) {
			await trx
				.insertInto("meal_dishes")
				.values(copies.map((dish) => ({ id: newId(), meal_offer_id: offer.id, updated_at: at, ...dish })))
				.execute();
		}
		return { days: new Set(copies.map((dish) => dish.day)).size };
	});
}
