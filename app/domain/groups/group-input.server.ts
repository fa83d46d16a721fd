/**
 * Group and house schemas whose public phones the server checks and keeps in the form shown
 * (decision 020 for the form, 027 for why only the server checks it). Actions and use cases
 * parse with these; the forms use `group-input.ts`.
 */
import { publicCheckedPhone } from "../families/phone-field.server.ts";
import { groupInputSchema, houseInputSchema } from "./group-input.ts";

export const groupInputServerSchema = groupInputSchema.safeExtend({ contactPhone: publicCheckedPhone() });

export const houseInputServerSchema = houseInputSchema.safeExtend({ phone: publicCheckedPhone() });
