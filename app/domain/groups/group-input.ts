import { z } from "zod";
import { houseKinds } from "#app/db/schema.ts";
import { belgianPostalCodePattern, phoneNumber, text } from "../form-fields.ts";
import { GROUP_CODE_MAX_LENGTH, GROUP_CODE_MIN_LENGTH, normalizeGroupCode } from "./group-code.ts";

/**
 * A phone number families call (a group's or a house's). The server checks it like those of
 * « Mes données » and keeps it the way it is shown (`087 76 04 06`): every page and document
 * prints it as stored (`group-input.server.ts`).
 */
const publicPhone = phoneNumber().optional();

/**
 * What it takes to create a group or a house. Messages are i18n keys, shown next to the field.
 * Shared by the use cases and, from the staff issue on, by the forms.
 */
export const groupInputSchema = z.object({
	name: text().trim().min(1, "validation.required").max(120, "validation.tooLong"),
	code: text()
		.transform(normalizeGroupCode)
		.pipe(
			z
				.string()
				.min(GROUP_CODE_MIN_LENGTH, "groups.code.tooShort")
				.max(GROUP_CODE_MAX_LENGTH, "validation.tooLong")
				.regex(/^[A-Z]+$/, "groups.code.lettersOnly"),
		),
	contactPhone: publicPhone,
	contactEmail: z.email("validation.email").optional(),
});
export type GroupInput = z.input<typeof groupInputSchema>;

export const houseInputSchema = z.object({
	name: text().trim().min(1, "validation.required").max(120, "validation.tooLong"),
	kind: z.enum(houseKinds, "validation.required"),
	address: text().trim().min(1, "validation.required").max(200, "validation.tooLong"),
	postalCode: text().trim().min(1, "validation.required").regex(belgianPostalCodePattern, "validation.postalCode"),
	locality: text().trim().min(1, "validation.required").max(120, "validation.tooLong"),
	phone: publicPhone,
	email: z.email("validation.email").optional(),
	description: z.string().trim().max(600, "validation.tooLong").optional(),
});
export type HouseInput = z.input<typeof houseInputSchema>;
