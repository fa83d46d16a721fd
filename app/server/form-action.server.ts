import type { Submission } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "react-router";
import type { z } from "zod";
import { type FieldErrors, isAppError } from "#app/domain/app-error.ts";
import { readForm } from "./form-body.server.ts";
import { noteRetryAfter } from "./response-policy.server.ts";

export type FormResult = ReturnType<Submission<unknown>["reply"]>;

/** Conform puts form-level messages under the empty name; our use cases say "form". */
function toConformErrors(fieldErrors: FieldErrors): Record<string, string[]> {
	return Object.fromEntries(
		Object.entries(fieldErrors).map(([name, messages]) => [name === "form" ? "" : name, messages]),
	);
}

/**
 * Turns an AppError thrown outside a form into the matching error page; a 429 carries
 * `Retry-After` (seconds), set on the final response by the root response-policy middleware.
 */
export function throwAsErrorPage(error: unknown): never {
	if (isAppError(error)) {
		if (error.retryAfterSeconds) noteRetryAfter(error.retryAfterSeconds);
		const headers: HeadersInit = error.retryAfterSeconds ? { "Retry-After": String(error.retryAfterSeconds) } : {};
		throw data(null, { status: error.status, headers });
	}
	throw error;
}

/**
 * The one way actions handle a form: validate with the route's schema (the same one the browser
 * uses), run the use case, and map its AppError to per-field messages with status 400/409 —
 * keeping what the user typed except `hideFields` (passwords). Rate limits and missing
 * records become error pages. On success `run` returns the response (usually a redirect).
 */
export async function handleForm<Schema extends z.ZodType, Result>(options: {
	request: Request;
	schema: Schema;
	/** Fields never sent back to the browser (passwords, tokens). */
	hideFields?: string[];
	/** An already read form (when the action looked at `intent` first). */
	formData?: FormData;
	run: (values: z.output<Schema>, formData: FormData) => Promise<Result>;
}) {
	const formData = options.formData ?? (await readForm(options.request));
	const submission = parseWithZod(formData, { schema: options.schema });
	const hideFields = options.hideFields ?? [];
	if (submission.status !== "success") {
		return data({ result: submission.reply({ hideFields }) }, { status: 400 });
	}
	try {
		return await options.run(submission.value, formData);
	} catch (error) {
		if (
			isAppError(error) &&
			(error.code === "VALIDATION" || error.code === "CONFLICT" || error.code === "CAPACITY_FULL")
		) {
			return data(
				{ result: submission.reply({ fieldErrors: toConformErrors(error.fieldErrors), hideFields }) },
				{ status: error.status },
			);
		}
		return throwAsErrorPage(error);
	}
}
