/**
 * The staff forms of camps, activities and periods, and the parent's « S'inscrire ». Shared by
 * the browser and the server; messages are i18n keys.
 */
import { z } from "zod";
import { confirmationModes, offerKinds, offerStatuses } from "#app/db/schema.ts";
import { isoDate, isRealDate, text, whenParsed } from "../form-fields.ts";

/** An optional translation of staff text (decision 024): blank means « use the French ». */
const translation = (max: number) => z.string().trim().max(max, "validation.tooLong").optional();

const requiredText = (max: number) => text().trim().min(1, "validation.required").max(max, "validation.tooLong");
const time = text().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "offers.validation.time");
/** A local date-time from an `<input type="datetime-local">`, Brussels time: `YYYY-MM-DDTHH:MM`. */
const localDateTime = text()
	.regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, "validation.date")
	.refine((value) => isRealDate(value.slice(0, 10)), "validation.date");
/** Euros as people type them (« 85 », « 85,50 », « 85.5 ») → integer cents. */
const euros = text()
	.trim()
	.regex(/^\d{1,5}([.,]\d{1,2})?$/, "offers.validation.price")
	.transform((value) => Math.round(Number(value.replace(",", ".")) * 100));
/** A whole number typed in a field: « Indiquez un nombre entier » when it is not one, `tooMany` above `max`. */
const count = (max: number, tooMany: string) =>
	text()
		.trim()
		.regex(/^\d{1,9}$/, "offers.validation.count")
		.transform(Number)
		.pipe(z.number().max(max, tooMany));
const optionalCount = (max: number, tooMany: string) =>
	z
		.string()
		.trim()
		.regex(/^\d{1,9}$/, "offers.validation.count")
		.transform(Number)
		.pipe(z.number().max(max, tooMany))
		.optional();

/**
 * How long offers and periods may last, and the years they may fall in (decision 017): a camp
 * is at most a week, an activity a few days within a school year, a period a year. Dates
 * outside 2000–2099 are typing mistakes (« 0227 », « 9999 »), not plans.
 */
export const offerLimits = {
	campDays: 7,
	activityDays: 10,
	activitySpanDays: 366,
	periodDays: 366,
	firstYear: 2000,
	lastYear: 2099,
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days from the first to the last date, both included (`2027-07-05`→`2027-07-09`: 5). */
export function daysSpanned(first: string, last: string): number {
	return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS) + 1;
}

/** A `YYYY-MM-DD` (or the date of a `YYYY-MM-DDTHH:MM`) within the years offers may use. */
export function isPlausibleDate(value: string): boolean {
	const year = Number(value.slice(0, 4));
	return year >= offerLimits.firstYear && year <= offerLimits.lastYear;
}

export const periodSchema = z
	.object({
		name: requiredText(120),
		nameNl: translation(120),
		nameDe: translation(120),
		nameEn: translation(120),
		startsOn: text().pipe(isoDate()).refine(isPlausibleDate, "offers.validation.dateRange"),
		endsOn: text().pipe(isoDate()).refine(isPlausibleDate, "offers.validation.dateRange"),
	})
	.superRefine(
		(value, ctx) => {
			if (value.endsOn < value.startsOn) {
				ctx.addIssue({ code: "custom", path: ["endsOn"], message: "offers.validation.endBeforeStart" });
			} else if (
				isPlausibleDate(value.startsOn) &&
				isPlausibleDate(value.endsOn) &&
				daysSpanned(value.startsOn, value.endsOn) > offerLimits.periodDays
			) {
				ctx.addIssue({ code: "custom", path: ["endsOn"], message: "offers.validation.periodTooLong" });
			}
		},
		whenParsed("startsOn", "endsOn"),
	);
export type PeriodInput = z.input<typeof periodSchema>;

export const offerSchema = z
	.object({
		kind: z.enum(offerKinds, "validation.choose"),
		houseId: requiredText(64),
		periodId: z.string().max(64).optional(),
		title: requiredText(160),
		description: z.string().trim().max(4000, "validation.tooLong").optional(),
		titleNl: translation(160),
		titleDe: translation(160),
		titleEn: translation(160),
		descriptionNl: translation(4000),
		descriptionDe: translation(4000),
		descriptionEn: translation(4000),
		firstDay: text().pipe(isoDate()).refine(isPlausibleDate, "offers.validation.dateRange"),
		lastDay: text().pipe(isoDate()).refine(isPlausibleDate, "offers.validation.dateRange"),
		/** Activities: the days, one per line or separated by commas (`YYYY-MM-DD`). */
		dates: z.string().max(2000).optional(),
		/**
		 * Activities: « Toutes les dates ensemble » — one registration for all the dates. Absent:
		 * parents choose dates, each with its own places and waiting list (decision 023).
		 */
		datesTogether: z.literal("on").optional(),
		startTime: time,
		endTime: time,
		price: euros,
		carePrice: euros.optional(),
		careOptional: z.literal("on").optional(),
		minAgeYears: optionalCount(25, "offers.validation.ageYears"),
		minAgeMonths: optionalCount(11, "offers.validation.ageMonths"),
		maxAgeYears: optionalCount(25, "offers.validation.ageYears"),
		maxAgeMonths: optionalCount(11, "offers.validation.ageMonths"),
		capacity: count(5000, "offers.validation.countMax").pipe(z.number().min(1, "offers.validation.capacity")),
		waitingListSize: count(5000, "offers.validation.countMax"),
		opensAt: localDateTime.refine(isPlausibleDate, "offers.validation.dateRange"),
		closesAt: localDateTime.refine(isPlausibleDate, "offers.validation.dateRange"),
		cancelUntil: localDateTime.refine(isPlausibleDate, "offers.validation.dateRange").optional(),
		confirmationMode: z.enum(confirmationModes, "validation.choose"),
		residentPostalCodes: z
			.string()
			.max(500)
			.optional()
			.transform((value, ctx) => {
				const codes = (value ?? "").split(/[\s,;]+/).filter(Boolean);
				if (codes.some((code) => !/^[1-9]\d{3}$/.test(code))) {
					ctx.addIssue({ code: "custom", message: "validation.postalCode" });
					return z.NEVER;
				}
				return [...new Set(codes)];
			}),
		status: z.enum(offerStatuses, "validation.choose"),
	})
	.superRefine(
		(value, ctx) => {
			if (value.lastDay < value.firstDay) {
				ctx.addIssue({ code: "custom", path: ["lastDay"], message: "offers.validation.endBeforeStart" });
			} else if (value.kind === "camp" && daysSpanned(value.firstDay, value.lastDay) > offerLimits.campDays) {
				ctx.addIssue({ code: "custom", path: ["lastDay"], message: "offers.validation.campTooLong" });
			}
			// Registrations close by the last day at the latest; parents cancel by the first day.
			if (value.closesAt.slice(0, 10) > value.lastDay) {
				ctx.addIssue({ code: "custom", path: ["closesAt"], message: "offers.validation.closesAfterEnd" });
			}
			if (value.cancelUntil && value.cancelUntil.slice(0, 10) > value.firstDay) {
				ctx.addIssue({ code: "custom", path: ["cancelUntil"], message: "offers.validation.cancelAfterStart" });
			}
			if (value.endTime <= value.startTime) {
				ctx.addIssue({ code: "custom", path: ["endTime"], message: "offers.validation.endBeforeStart" });
			}
			if (value.closesAt <= value.opensAt) {
				ctx.addIssue({ code: "custom", path: ["closesAt"], message: "offers.validation.endBeforeStart" });
			}
			const days = activityDays(value.dates);
			if (days.some((day) => !/^\d{4}-\d{2}-\d{2}$/.test(day) || !isRealDate(day))) {
				ctx.addIssue({ code: "custom", path: ["dates"], message: "validation.date" });
			} else if (days.some((day) => !isPlausibleDate(day))) {
				ctx.addIssue({ code: "custom", path: ["dates"], message: "offers.validation.dateRange" });
			} else if (value.kind === "activity" && days.length > offerLimits.activityDays) {
				ctx.addIssue({ code: "custom", path: ["dates"], message: "offers.validation.activityTooManyDays" });
			} else if (
				value.kind === "activity" &&
				days.length > 1 &&
				daysSpanned(days[0] as string, days.at(-1) as string) > offerLimits.activitySpanDays
			) {
				ctx.addIssue({ code: "custom", path: ["dates"], message: "offers.validation.activityTooLong" });
			}
			const min = ageMonths(value.minAgeYears, value.minAgeMonths);
			const max = ageMonths(value.maxAgeYears, value.maxAgeMonths);
			if (min !== null && max !== null && max < min) {
				ctx.addIssue({ code: "custom", path: ["maxAgeYears"], message: "offers.validation.ageRange" });
			}
		},
		// Each comparison needs its fields; one the user got wrong is reported on its own.
		whenParsed(
			"kind",
			"firstDay",
			"lastDay",
			"startTime",
			"endTime",
			"opensAt",
			"closesAt",
			"cancelUntil",
			"dates",
			"minAgeYears",
			"minAgeMonths",
			"maxAgeYears",
			"maxAgeMonths",
		),
	);
export type OfferInput = z.input<typeof offerSchema>;
export type OfferValues = z.output<typeof offerSchema>;

/** The days an activity lists, sorted and without repeats. */
export function activityDays(dates: string | undefined): string[] {
	return [...new Set((dates ?? "").split(/[\s,;]+/).filter(Boolean))].sort();
}

/** Years and months typed separately → months, or null when neither was given. */
export function ageMonths(years: number | undefined, months: number | undefined): number | null {
	if (years === undefined && months === undefined) return null;
	return (years ?? 0) * 12 + (months ?? 0);
}

/** « S'inscrire », with the extended-care option where offered. */
export const registerSchema = z.object({
	offerId: requiredText(64),
	withCare: z.literal("on").optional(),
	/** An activity registered day by day: the days ticked (YYYY-MM-DD), one registration each. */
	days: z.array(text().pipe(isoDate())).max(offerLimits.activityDays, "offers.register.dayUnknown").optional(),
});

/** Staff decisions on a registration. */
export const decideRegistrationSchema = z.discriminatedUnion("decision", [
	z.object({ decision: z.literal("accept"), registrationId: requiredText(64) }),
	z.object({ decision: z.literal("wait"), registrationId: requiredText(64) }),
	z.object({ decision: z.literal("cancel"), registrationId: requiredText(64) }),
	z.object({ decision: z.literal("refuse"), registrationId: requiredText(64), reason: requiredText(500) }),
]);
export type RegistrationDecision = z.output<typeof decideRegistrationSchema>;
