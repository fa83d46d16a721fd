import { z } from "zod";
import { allergenCodes } from "./allergens.ts";
import { isWallTime } from "./deadlines.ts";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "meals.validation.date");
const time = z.string().refine(isWallTime, "meals.validation.time");
const deadlineKind = z.enum(["weekday-before", "working-days-before"], { message: "meals.validation.deadlineKind" });

/**
 * A meal offer as a group admin creates it: its name, the houses that serve it, its price in
 * cents for everyone from `validFrom`, and its first version of rules. A deadline is either a
 * weekday (1 Monday … 5 Friday) of the week before, or 0–20 working days before, at a time.
 */
export const mealOfferSchema = z.object({
	name: z.string().trim().min(1, "meals.validation.name").max(80, "meals.validation.name"),
	houseIds: z.array(z.string().min(1).max(64)).min(1, "meals.validation.houses").max(200),
	priceCents: z
		.number()
		.int("meals.validation.price")
		.min(0, "meals.validation.price")
		.max(100_000, "meals.validation.price"),
	validFrom: day,
	bookingKind: deadlineKind,
	bookingWeekday: z.number().int().min(1).max(5).optional(),
	bookingDays: z.number().int().min(0).max(20).optional(),
	bookingTime: time,
	cancelKind: deadlineKind,
	cancelWeekday: z.number().int().min(1).max(5).optional(),
	cancelDays: z.number().int().min(0).max(20).optional(),
	cancelTime: time,
	sickUntil: time.optional(),
});
export type MealOfferInput = z.input<typeof mealOfferSchema>;

export const mealCourses = ["starter", "main", "dessert", "vegetarian"] as const;

/** A day's menu of one offer: at most one dish per course, each with its Annex II allergens. */
export const mealMenuSchema = z.object({
	day,
	dishes: z
		.array(
			z.object({
				course: z.enum(mealCourses),
				name: z.string().trim().min(1, "meals.validation.dish").max(120, "meals.validation.dish"),
				allergens: z.array(z.enum(allergenCodes)).max(14),
			}),
		)
		.max(4)
		.refine((dishes) => new Set(dishes.map((dish) => dish.course)).size === dishes.length, "meals.validation.courses"),
});
export type MealMenuInput = z.input<typeof mealMenuSchema>;
