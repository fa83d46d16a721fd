import { data } from "react-router";

/**
 * Bounds on a submitted form, checked before any structured parsing. Conform turns field
 * names into nested objects and arrays (`a[3].b`): without bounds, `x[999999999]=1` allocates a
 * sparse array until the heap dies, 50,000 repeats of one name cost quadratic time, and a name
 * 10,000 segments deep overflows the stack. Our largest form has a few dozen fields.
 */
export const formLimits = {
	/** Entries (fields and files) in one form. */
	maxEntries: 500,
	/** Characters in one field name. */
	maxNameLength: 100,
	/** Segments in one field name (`a.b[0].c` has four). */
	maxDepth: 4,
	/** Largest array index in a field name (`rows[99]`). */
	maxIndex: 99,
} as const;

/**
 * Conform's own path syntax (`@conform-to/dom` `parsePath`): keys and `[n]` / `[]` segments
 * separated by single dots. A name outside it makes Conform throw.
 */
const namePattern = /^[^.[\]]+(?:\.[^.[\]]+|\[\d*\])*$/;
const segmentPattern = /[^.[\]]+|\[(\d*)\]/g;
const forbiddenSegments = new Set(["__proto__", "constructor", "prototype"]);
/** Conform's reserved names: client-side list intents, never honoured by our server. */
const conformReserved = new Set(["__intent__", "__state__"]);

export type FormShapeProblem = "tooManyEntries" | "badName" | "nulCharacter" | "repeatedIntent";

/**
 * Checks a form against `formLimits`, Conform's name syntax, and NUL characters in values.
 * Returns the first problem, or null when the form is safe to hand to Conform. Linear in the
 * size of the form.
 *
 * `intent` (which of a page's forms was sent) must come once: sent twice, Conform reads it
 * back as a list, and the page cannot tell which form its error reply belongs to, so the
 * reply was silently dropped (decision 020).
 */
export function formShapeProblem(formData: FormData): FormShapeProblem | null {
	let entries = 0;
	let intents = 0;
	for (const [name, value] of formData) {
		entries += 1;
		if (entries > formLimits.maxEntries) return "tooManyEntries";
		if (!isSafeFieldName(name)) return "badName";
		// PostgreSQL refuses NUL in text, and no one types it: a robot's value.
		if (typeof value === "string" && value.includes("\u0000")) return "nulCharacter";
		if (name === "intent" && ++intents > 1) return "repeatedIntent";
	}
	return null;
}

/** Whether a field name respects `formLimits` and the syntax Conform accepts. */
export function isSafeFieldName(name: string): boolean {
	if (name.length === 0 || name.length > formLimits.maxNameLength || !namePattern.test(name)) return false;
	let depth = 0;
	for (const match of name.matchAll(segmentPattern)) {
		depth += 1;
		if (depth > formLimits.maxDepth) return false;
		const index = match[1];
		if (index !== undefined) {
			if (index.length > 2 || Number(index) > formLimits.maxIndex) return false;
		} else if (forbiddenSegments.has(match[0])) {
			return false;
		}
	}
	return true;
}

/** The media types a form may be sent as (HTML forms and React Router's submissions). */
export function isFormMediaType(contentType: string | null | undefined): boolean {
	const type = contentType?.split(";", 1)[0]?.trim().toLowerCase();
	return type === "application/x-www-form-urlencoded" || type === "multipart/form-data";
}

/**
 * The one way actions read a submitted form. Throws a 415 response for a body that is not a
 * form, 400 for a form that cannot be read (broken multipart) or that exceeds `formLimits`;
 * the root error boundary shows each as a page that says what happened. Conform's reserved
 * intent fields are dropped: this server never runs client-side list operations.
 */
export async function readForm(request: Request): Promise<FormData> {
	if (!isFormMediaType(request.headers.get("content-type"))) throw data(null, { status: 415 });
	let formData: FormData;
	try {
		formData = await request.formData();
	} catch {
		throw data(null, { status: 400 });
	}
	if (formShapeProblem(formData)) throw data(null, { status: 400 });
	for (const name of conformReserved) formData.delete(name);
	return formData;
}
