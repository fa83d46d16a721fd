/** The forms of the « Stages » and « Activités » pages, shared by the browser and the actions. */
import { z } from "zod";

export { registerSchema } from "#app/domain/offers/offer-input.ts";

/** « Annuler l'inscription » (after the confirmation). */
export const cancelRegistrationSchema = z.object({
	registrationId: z.string().trim().min(1, "validation.required").max(64),
});

export { catalogueIntents } from "./catalogue-intents.ts";
