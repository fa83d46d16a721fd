import { z } from "zod";
import { dateInBrussels } from "#app/infra/clock.ts";

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

/** Whether `value` is written `YYYY-MM-DD` and names a day that exists. */
export function isIsoDay(value: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value);
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function isoDate(message = "validation.date") {
	return z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, message)
		.refine(isRealDate, message);
}

/** How far back a date of a past event may go, in years before today (decision 026). */
export const pastDateLimits = {
	/** A dossier is a child's: crèche to youth camps, with room for young adults in adapted care. */
	birthDate: 30,
	/** A child's vaccination happened in the child's life. */
	vaccination: 30,
} as const;

/** The date `years` whole years before `date` (29 February falls back to 28). */
export function yearsBefore(date: string, years: number): string {
	const year = String(Number(date.slice(0, 4)) - years).padStart(4, "0");
	const shifted = `${year}${date.slice(4)}`;
	return isRealDate(shifted) ? shifted : `${year}-02-28`;
}

/**
 * The date of something that already happened (a birth, a vaccination): a real `YYYY-MM-DD`,
 * not after today in Brussels (`validation.dateInFuture`), and not more than `maxYearsAgo`
 * years back (`validation.dateTooOld`). "Today" is read when the value is checked, from the
 * application clock (pinned in tests), in the browser and on the server alike.
 */
export function pastDate(maxYearsAgo: number) {
	return isoDate()
		.refine((value) => value <= dateInBrussels(), "validation.dateInFuture")
		.refine((value) => value >= yearsBefore(dateInBrussels(), maxYearsAgo), "validation.dateTooOld");
}

/**
 * Options for an object-level check (`refine`, `superRefine`) that reads `fields`: it runs as
 * soon as those fields parsed, even when other fields failed. Without it zod skips the check
 * after any aborting issue (a missing required field), and a form shows its mistakes one
 * submission at a time (decision 020).
 */
export function whenParsed(...fields: string[]) {
	return {
		when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
			!payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))),
	};
}

/** A Belgian postal code: four digits, 1000 to 9992 (`bpost`). */
export const belgianPostalCodePattern = /^[1-9]\d{3}$/;

/** Whether `postalCode` is one of `country` (Belgium by default): elsewhere letters, digits, spaces. */
export function isPostalCodeOf(country: string | undefined, postalCode: string): boolean {
	return (country ?? "BE") === "BE"
		? belgianPostalCodePattern.test(postalCode)
		: /^[A-Za-z0-9 -]{2,10}$/.test(postalCode);
}

/**
 * A phone number field as the browser checks it: trimmed, at most 40 characters. Whether it is
 * a phone number at all is checked on the server only (`checkedPhone` in
 * `phone-field.server.ts`, which also turns it into E.164): the numbering tables would add
 * ~30 kB of gzip JavaScript to every page with a phone field (issue 15, decision 027).
 */
export function phoneNumber() {
	return z.string().trim().max(40, "validation.tooLong");
}
