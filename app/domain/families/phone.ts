/**
 * Phone numbers of families: stored in E.164 (`+32470123456`), typed and shown the Belgian way
 * (`0470 12 34 56`).
 *
 * libphonenumber-js with its default "min" metadata checks the length of a number for its
 * country, not which ranges are allocated: stricter tables go stale and would reject a
 * freshly allocated range, and this one is small enough for the browser bundle.
 */
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/min";

// Belgian numbers starting with 44 to 49 are mobiles (9 digits after the 0). The "min" tables
// would take an 8-digit one, a mobile number with a digit missing, for a Liège landline (04).
const truncatedBelgianMobile = /^4[4-9]\d{6}$/;

/**
 * The E.164 form of a phone number, or null when it is not one. A number without an
 * international prefix (`+32`, `0032`) is read as a number of `defaultCountry`. The input must
 * be the number alone: no words around it, and no extension (E.164 has no room for one).
 */
export function normalizePhone(input: string, defaultCountry: CountryCode = "BE"): string | null {
	const phone = parsePhoneNumberFromString(input, { defaultCountry, extract: false });
	if (!phone?.isValid() || phone.ext) return null;
	if (phone.countryCallingCode === "32" && truncatedBelgianMobile.test(phone.nationalNumber)) return null;
	return phone.number;
}

/** Belgian numbers in the national format (`0470 12 34 56`), others internationally (`+33 6 12 34 56 78`). */
export function formatPhone(e164: string): string {
	const phone = parsePhoneNumberFromString(e164, { extract: false });
	if (!phone) return e164;
	return phone.countryCallingCode === "32" ? phone.formatNational() : phone.formatInternational();
}
