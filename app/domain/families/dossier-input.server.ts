/**
 * The family schemas whose phone numbers the server checks and stores as E.164 (decision
 * 027). Same fields, rules and messages as their browser side in `dossier-input.ts`, plus
 * `validation.phone` on a number that is not one. Actions and use cases parse with these.
 */
import { contactSchema, medicalDataSchema, parentProfileSchema } from "./dossier-input.ts";
import { optionalCheckedPhone, requiredCheckedPhone } from "./phone-field.server.ts";

/** « Mes données », mobile phone checked. */
export const parentProfileServerSchema = parentProfileSchema.safeExtend({ mobilePhone: requiredCheckedPhone() });

/** « Données médicales », doctor's phone checked. */
export const medicalDataServerSchema = medicalDataSchema.safeExtend({ doctorPhone: optionalCheckedPhone() });

/** A contact, both phones checked. */
export const contactServerSchema = contactSchema.safeExtend({
	phone: requiredCheckedPhone(),
	phoneAlt: optionalCheckedPhone(),
});
