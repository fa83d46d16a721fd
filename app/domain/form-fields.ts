import { z } from "zod";

/**
 * A required text field. Conform turns an empty field into `undefined`, so a missing value
 * must say "required" (an i18n key) rather than zod's type message.
 */
export function text(message = "validation.required") {
	return z.string({ error: message });
}
