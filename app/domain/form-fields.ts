import { z } from "zod";

/**
 * A required text field. Conform turns an empty field into `undefined`, so a missing value
 * must say "required" (an i18n key) rather than zod's type message.
 */
export function text(message = "validation.required") {
	return z.string({ error: message });
}

/** A calendar date `YYYY-MM-DD` that exists (no 30 February). */
export function isoDate(message = "validation.date") {
	return z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, message)
		.refine((value) => {
			const date = new Date(`${value}T00:00:00Z`);
			return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
		}, message);
}
