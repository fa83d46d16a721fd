/**
 * Phone fields as the server checks them (decision 027). The shared schemas check only the
 * length of a phone number, so that the numbering tables of libphonenumber-js stay out of the
 * browser; every action and use case that saves a phone parses with the schemas of
 * `dossier-input.server.ts` / `group-input.server.ts`, built from these fields, and answers a
 * wrong number with `validation.phone` on its field like any other error.
 */
import { z } from "zod";
import { phoneNumber, text } from "../form-fields.ts";
import { formatPhone, normalizePhone } from "./phone.ts";

/** A phone number in a usual form (`0470/12.34.56`, `+32 470 12 34 56`), given as E.164 (`+32470123456`). */
export function checkedPhone() {
	return phoneNumber().transform((value, ctx) => {
		const e164 = normalizePhone(value);
		if (!e164) {
			ctx.addIssue({ code: "custom", message: "validation.phone" });
			return z.NEVER;
		}
		return e164;
	});
}

/** A mandatory phone number, E.164; missing → `validation.required`. */
export const requiredCheckedPhone = () => text().pipe(checkedPhone());

/** An optional phone number, E.164. */
export const optionalCheckedPhone = () => checkedPhone().optional();

/** A phone number families call (a group's, a house's), kept the way it is shown (`087 76 04 06`). */
export const publicCheckedPhone = () => checkedPhone().transform(formatPhone).optional();
