/** The forms of a meal offer's settings page, shared by the browser and the action. */
import { z } from "zod";
import { isoDate } from "#app/domain/form-fields.ts";

const day = isoDate("meals.validation.date");
const id = z.string().trim().min(1).max(64);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "meals.validation.time");
const smallCount = z.coerce
	.number("meals.validation.workingDays")
	.int("meals.validation.workingDays")
	.min(0, "meals.validation.workingDays")
	.max(20, "meals.validation.workingDays");
const weekday = z.coerce
	.number("meals.validation.weekday")
	.int("meals.validation.weekday")
	.min(1, "meals.validation.weekday")
	.max(5, "meals.validation.weekday");
const deadlineKind = z.enum(["weekday-before", "working-days-before"], { message: "meals.validation.deadlineKind" });

/** A price in euros as typed (« 3,50 », « 3.5 », « 4 »), to cents. */
export const euroPrice = z
	.string()
	.trim()
	.regex(/^\d{1,4}([.,]\d{1,2})?$/, "meals.validation.price")
	.transform((value) => Math.round(Number(value.replace(",", ".")) * 100));

/** The deadlines of a version of rules as the form sends them (see `DeadlineFields`). */
export const ruleFormFields = {
	bookingKind: deadlineKind,
	bookingWeekday: weekday.optional(),
	bookingDays: smallCount.optional(),
	bookingTime: time,
	cancelKind: deadlineKind,
	cancelWeekday: weekday.optional(),
	cancelDays: smallCount.optional(),
	cancelTime: time,
	sickUntil: time.optional(),
};

const translation = z.string().trim().max(80, "meals.validation.name").optional();

/** The offer's name (French, and optional Dutch, German, English), its houses, and its classes and ages. */
const ageYears = z.coerce
	.number()
	.int("meals.validation.age")
	.min(0, "meals.validation.age")
	.max(21, "meals.validation.age");

export const offerDetailsSchema = z
	.object({
		name: z.string().trim().min(1, "meals.validation.name").max(80, "meals.validation.name"),
		nameNl: translation,
		nameDe: translation,
		nameEn: translation,
		houseIds: z.array(id, { message: "meals.validation.houses" }).min(1, "meals.validation.houses"),
		classLabels: z.string().trim().max(200, "meals.validation.classLabels").optional(),
		minAgeYears: ageYears.optional(),
		maxAgeYears: ageYears.optional(),
	})
	.refine((value) => value.minAgeYears == null || value.maxAgeYears == null || value.maxAgeYears >= value.minAgeYears, {
		path: ["maxAgeYears"],
		message: "meals.validation.ageOrder",
	});

/** A price from a date, for everyone or for a school-class label. */
export const priceVersionSchema = z.object({
	label: z.string().trim().max(40, "meals.validation.label").optional(),
	validFrom: day,
	price: euroPrice,
});

/** A version of the rules from a date. */
export const rulesVersionSchema = z.object({ validFrom: day, ...ruleFormFields });
