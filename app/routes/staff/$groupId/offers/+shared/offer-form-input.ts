/**
 * The offer form's schemas for the browser and the action. Camps use the domain's schema as
 * it is; an activity lists its days instead of a first and last day, which the action derives
 * from them. Cross-field checks of activities (times, ages) come back from the use case.
 */
import { z } from "zod";
import type { OfferKind } from "#app/db/schema.ts";
import { text } from "#app/domain/form-fields.ts";
import { activityDays, type OfferInput, offerSchema } from "#app/domain/offers/offer-input.ts";

const activityFormSchema = z.object({
	...offerSchema.shape,
	firstDay: z.string().optional(),
	lastDay: z.string().optional(),
	dates: text().max(2000, "validation.tooLong"),
});

export function offerFormSchema(kind: OfferKind) {
	return kind === "activity" ? activityFormSchema : offerSchema;
}

/** The kind a submitted form is about (camps unless it says otherwise). */
export function kindOf(value: FormDataEntryValue | string | null): OfferKind {
	return value === "activity" ? "activity" : "camp";
}

/**
 * The form as the use case takes it (text, as typed): empty fields left out, as Conform does,
 * and an activity's first and last day taken from its dates.
 */
export function offerInputFrom(formData: FormData): OfferInput {
	const input: Record<string, string> = {};
	for (const name of Object.keys(offerSchema.shape)) {
		const value = formData.get(name);
		if (typeof value === "string" && value !== "") input[name] = value;
	}
	if (input.kind === "activity") {
		const days = activityDays(input.dates);
		input.firstDay = days[0] ?? "";
		input.lastDay = days.at(-1) ?? "";
	}
	return input as OfferInput;
}
