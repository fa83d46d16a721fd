/** The forms of the staff's « Menus » page, shared by the browser and the action. */
import { z } from "zod";
import { isoDate } from "#app/domain/form-fields.ts";
import { allergenCodes } from "#app/domain/meals/allergens.ts";
import { type MealCycleWeeks, mealCycleWeeks } from "#app/domain/meals/meal-cycle.ts";
import { mealCourses } from "#app/domain/meals/meal-offer-choices.ts";
import { euroPrice, ruleFormFields } from "./offer-forms.ts";

const day = isoDate("meals.validation.date");
const id = z.string().trim().min(1).max(64);
const dish = z.object({
	name: z.string().trim().max(120, "meals.validation.dish").optional(),
	allergens: z.array(z.enum(allergenCodes)).max(14).optional(),
});

/** One day's menu: a name per course (empty: no such course that day) and its allergens. */
export const saveDaySchema = z.object({
	mealOfferId: id,
	day,
	...Object.fromEntries(mealCourses.map((course) => [course, dish.optional()])),
}) as z.ZodType<
	{ mealOfferId: string; day: string } & Partial<Record<(typeof mealCourses)[number], z.infer<typeof dish>>>
>;

/** « Copier les menus »: of the week before or of a 4- to 6-week cycle, onto `weeks` weeks from `week`. */
export const copyWeekSchema = z.object({
	mealOfferId: id,
	week: day,
	cycle: z.coerce
		.number()
		.refine((value) => (mealCycleWeeks as readonly number[]).includes(value), "meals.validation.cycle")
		.transform((value) => value as MealCycleWeeks)
		.optional(),
	weeks: z.coerce
		.number()
		.int("meals.validation.weeks")
		.min(1, "meals.validation.weeks")
		.max(12, "meals.validation.weeks")
		.optional(),
});

/** A new meal offer, as the form sends it (the price in euros as typed). */
export const createOfferSchema = z.object({
	name: z.string().trim().min(1, "meals.validation.name").max(80, "meals.validation.name"),
	houseIds: z.array(id, { message: "meals.validation.houses" }).min(1, "meals.validation.houses"),
	price: euroPrice,
	validFrom: day,
	...ruleFormFields,
});
