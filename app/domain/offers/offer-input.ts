/**
 * The staff forms of camps, activities and periods, and the parent's « S'inscrire ». Shared by
 * the browser and the server; messages are i18n keys.
 */
import { z } from "zod";
import { confirmationModes, offerKinds, offerStatuses } from "#app/db/schema.ts";
import { isoDate, isRealDate, text, whenParsed } from "../form-fields.ts";

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
const count = (max: number) =>
	text()
		.trim()
		.regex(/^\d{1,4}$/, "offers.validation.count")
		.transform(Number)
		.pipe(z.number().max(max, "offers.validation.count"));
const optionalCount = (max: number) =>
	z
		.string()
		.trim()
		.regex(/^\d{1,3}$/, "offers.validation.count")
		.transform(Number)
		.pipe(z.number().max(max, "offers.validation.count"))
		.optional();

export const periodSchema = z
	.object({
		name: requiredText(120),
		startsOn: text().pipe(isoDate()),
		endsOn: text().pipe(isoDate()),
	})
	.refine((value) => value.endsOn >= value.startsOn, {
		path: ["endsOn"],
		message: "offers.validation.endBeforeStart",
		...whenParsed("startsOn", "endsOn"),
	});
export type PeriodInput = z.input<typeof periodSchema>;

export const offerSchema = z
	.object({
		kind: z.enum(offerKinds, "validation.choose"),
		houseId: requiredText(64),
		periodId: z.string().max(64).optional(),
		title: requiredText(160),
		description: z.string().trim().max(4000, "validation.tooLong").optional(),
		firstDay: text().pipe(isoDate()),
		lastDay: text().pipe(isoDate()),
		/** Activities: the days, one per line or separated by commas (`YYYY-MM-DD`). */
		dates: z.string().max(2000).optional(),
		startTime: time,
		endTime: time,
		price: euros,
		carePrice: euros.optional(),
		careOptional: z.literal("on").optional(),
		minAgeYears: optionalCount(25),
		minAgeMonths: optionalCount(11),
		maxAgeYears: optionalCount(25),
		maxAgeMonths: optionalCount(11),
		capacity: count(5000).pipe(z.number().min(1, "offers.validation.capacity")),
		waitingListSize: count(5000),
		opensAt: localDateTime,
		closesAt: localDateTime,
		cancelUntil: localDateTime.optional(),
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
			}
			const min = ageMonths(value.minAgeYears, value.minAgeMonths);
			const max = ageMonths(value.maxAgeYears, value.maxAgeMonths);
			if (min !== null && max !== null && max < min) {
				ctx.addIssue({ code: "custom", path: ["maxAgeYears"], message: "offers.validation.ageRange" });
			}
			// Each comparison needs both of its fields; one the user got wrong is reported on its own.
		},
		whenParsed(
			"firstDay",
			"lastDay",
			"startTime",
			"endTime",
			"opensAt",
			"closesAt",
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
});

/** Staff decisions on a registration. */
export const decideRegistrationSchema = z.discriminatedUnion("decision", [
	z.object({ decision: z.literal("accept"), registrationId: requiredText(64) }),
	z.object({ decision: z.literal("wait"), registrationId: requiredText(64) }),
	z.object({ decision: z.literal("cancel"), registrationId: requiredText(64) }),
	z.object({ decision: z.literal("refuse"), registrationId: requiredText(64), reason: requiredText(500) }),
]);
export type RegistrationDecision = z.output<typeof decideRegistrationSchema>;
