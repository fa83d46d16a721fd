import { z } from "zod";
import { requirableDocumentTypes } from "./document-uploads.ts";

/** « Documents demandés aux familles » of a house: the ticked types (none is a valid answer). */
export const requiredDocumentsSchema = z.object({
	types: z
		.array(z.enum(requirableDocumentTypes, { message: "uploads.required.typeUnknown" }))
		.optional()
		.transform((types) => types ?? []),
});
