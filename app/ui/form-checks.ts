import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";

/**
 * The browser's check of a form against its zod schema: the same parse the server runs
 * (`handleForm`). Loaded on demand when the user first focuses a form's field, so that zod is
 * not part of the JavaScript every page carries (decision 042).
 */
export function checkForm<Schema extends z.ZodType>(schema: Schema, formData: FormData) {
	return parseWithZod(formData, { schema });
}
