import { z } from "zod";
import { isoDate } from "../form-fields.ts";
import { allergenCodes } from "./allergens.ts";
import { isWallTime } from "./deadlines.ts";
import { mealCourses } from "./meal-offer-choices.ts";

/** A day that exists: « 2026-12-45 » would be stored as is and shown as 14/01/2027. */
const day = isoDate("meals.validation.date");
const time = z.string().refine(isWallTime, "meals.validation.time");
const deadlineKind = z.enum(["weekday-before", "working-days-before"], { message: "meals.validation.deadlineKind" });

const priceCents = z
	.number()
	.int("meals.validation.price")
	.min(0, "meals.validation.price")
	.max(100_000, "meals.validation.price");

/**
 * The deadlines of a version of an offer's rules. A deadline is either a weekday (1 Monday …
 * 5 Friday) of the week before, or 0–20 working days before, at a Brussels wall-clock time;
 * `sickUntil` is the hour of the same-morning sick cancellation (none when absent).
 */
const weekday = z
	.number("meals.validation.weekday")
	.int("meals.validation.weekday")
	.min(1, "meals.validation.weekday")
	.max(5, "meals.validation.weekday");
const workingDays = z
	.number("meals.validation.workingDays")
	.int("meals.validation.workingDays")
	.min(0, "meals.validation.workingDays")
	.max(20, "meals.validation.workingDays");
const ruleFields = {
	bookingKind: deadlineKind,
	bookingWeekday: weekday.optional(),
	bookingDays: workingDays.optional(),
	bookingTime: time,
	cancelKind: deadlineKind,
	cancelWeekday: weekday.optional(),
	cancelDays: workingDays.optional(),
	cancelTime: time,
	sickUntil: time.optional(),
};

/**
 * A meal offer as a group admin creates it: its name, the houses that serve it, its price in
 * cents for everyone from `validFrom`, and its first version of rules (`ruleFields`).
 */
export const mealOfferSchema = z.object({
	name: z.string().trim().min(1, "meals.validation.name").max(80, "meals.validation.name"),
	houseIds: z.array(z.string().min(1).max(64)).min(1, "meals.validation.houses").max(200),
	priceCents,
	validFrom: day,
	...ruleFields,
});
export type MealOfferInput = z.input<typeof mealOfferSchema>;

const translation = z.string().trim().max(80, "meals.validation.name").optional().nullable();

const ageYears = z
	.number()
	.int("meals.validation.age")
	.min(0, "meals.validation.age")
	.max(21, "meals.validation.age")
	.optional()
	.nullable();

/**
 * An offer's name in French with optional Dutch, German and English names, its houses, and
 * who it is for: school-class labels (comma-separated, « maternelle, primaire »; empty for every
 * class) and ages on the day in whole years (none for no limit).
 */
export const mealOfferDetailsSchema = z
	.object({
		name: mealOfferSchema.shape.name,
		nameNl: translation,
		nameDe: translation,
		nameEn: translation,
		houseIds: mealOfferSchema.shape.houseIds,
		classLabels: z.string().trim().max(200, "meals.validation.classLabels").default(""),
		minAgeYears: ageYears,
		maxAgeYears: ageYears,
	})
	.refine((value) => value.minAgeYears == null || value.maxAgeYears == null || value.maxAgeYears >= value.minAgeYears, {
		path: ["maxAgeYears"],
		message: "meals.validation.ageOrder",
	});
export type MealOfferDetailsInput = z.input<typeof mealOfferDetailsSchema>;

/**
 * A new price version: in cents, from `validFrom`, for children whose school class contains
 * `label` (« maternelle »), or for everyone when `label` is empty (decision 030).
 */
export const mealPriceSchema = z.object({
	label: z.string().trim().max(40, "meals.validation.label").default(""),
	validFrom: day,
	priceCents,
});
export type MealPriceInput = z.input<typeof mealPriceSchema>;

/** A new version of the rules, in effect from `validFrom`. */
export const mealRulesSchema = z.object({ validFrom: day, ...ruleFields });
export type MealRulesInput = z.input<typeof mealRulesSchema>;

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

/** The columns of a `meal_rules` version from its validated input (unused deadline parts null). */
export function mealRulesColumns(input: Omit<z.output<typeof mealRulesSchema>, "validFrom">) {
	return {
		booking_kind: input.bookingKind,
		booking_weekday: input.bookingKind === "weekday-before" ? (input.bookingWeekday ?? 4) : null,
		booking_days: input.bookingKind === "working-days-before" ? (input.bookingDays ?? 2) : null,
		booking_time: input.bookingTime,
		cancel_kind: input.cancelKind,
		cancel_weekday: input.cancelKind === "weekday-before" ? (input.cancelWeekday ?? 4) : null,
		cancel_days: input.cancelKind === "working-days-before" ? (input.cancelDays ?? 2) : null,
		cancel_time: input.cancelTime,
		sick_until: input.sickUntil ?? null,
	};
}
