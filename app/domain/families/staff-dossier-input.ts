import { z } from "zod";
import { isoDate, text } from "../form-fields.ts";
import { allRequirableFields, type RequirableField } from "./dossier-fields.ts";

/**
 * « Valider le dossier », with the entry date when staff know it. `confirmMissing` is the
 * checkbox « Je valide ce dossier malgré N données manquantes »: its value is the N the staff
 * member saw; an incomplete dossier is validated only with it (decision 026).
 */
export const validateDossierSchema = z.object({
	entryDate: isoDate().optional(),
	confirmMissing: z
		.string()
		.regex(/^\d{1,3}$/, "families.staff.validate.confirmRequired")
		.transform(Number)
		.optional(),
});

/** « Rattacher à un dossier existant »: the existing dossier's file number. */
export const mergeDossierSchema = z.object({
	targetFileNumber: text()
		.trim()
		.regex(/^\d{1,9}$/, "families.staff.merge.fileNumberFormat")
		.transform(Number),
});

/** Group settings: the optional dossier fields the group requires (checkboxes). */
export const dossierSettingsSchema = z.object({
	requiredFields: z
		.array(z.enum(allRequirableFields as [RequirableField, ...RequirableField[]], "validation.choose"))
		.optional()
		.default([]),
});
