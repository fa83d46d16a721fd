import { z } from "zod";

/**
 * A required text field. Conform turns an empty field into `undefined`, so a missing value
 * must say "required" (an i18n key) rather than zod's type message.
 */
export function text(message = "validation.required") {
	return z.string({ error: message });
}

/** Whether `YYYY-MM-DD` names a day that exists (no 30 February, no month 13). */
export function isRealDate(value: string): boolean {
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function isoDate(message = "validation.date") {
	return z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, message)
		.refine(isRealDate, message);
}
