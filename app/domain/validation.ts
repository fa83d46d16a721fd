import type { z } from "zod";
import { AppError, type FieldErrors } from "./app-error.ts";

/** Parses input with a schema; on failure throws VALIDATION with every field's messages. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	const fieldErrors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = issue.path.join(".") || "form";
		fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message];
	}
	throw new AppError("VALIDATION", { fieldErrors });
}
