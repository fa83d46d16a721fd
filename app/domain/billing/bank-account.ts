/**
 * Bank account numbers printed on invoices and read from bank statements: IBAN (ISO 13616) and
 * BIC (ISO 9362). IBAN check digits and country formats come from ibantools; for Belgian IBANs
 * the national check of the BBAN is verified here as well: the last 2 of its 12 digits are the
 * first 10 modulo 97, a remainder of 0 written 97 (the same rule as the structured communication).
 */
import { electronicFormatIBAN, friendlyFormatIBAN, isValidBIC, isValidIBAN } from "ibantools";

/** Whether a 12-digit Belgian BBAN (bank code, account, check) passes the national mod 97 check. */
export function isValidBelgianBban(bban: string): boolean {
	if (!/^\d{12}$/.test(bban)) return false;
	const remainder = Number(BigInt(bban.slice(0, 10)) % 97n);
	return (remainder === 0 ? 97 : remainder) === Number(bban.slice(10));
}

/**
 * The IBAN in electronic form (uppercase, no spaces: "BE68539007547034") when the text is a
 * valid IBAN, else null. Spaces, dashes and dots between groups are accepted.
 */
export function normaliseIban(text: string): string | null {
	const iban = electronicFormatIBAN(text.replace(/[.-]/g, ""));
	if (!iban || !isValidIBAN(iban)) return null;
	if (iban.startsWith("BE") && !isValidBelgianBban(iban.slice(4))) return null;
	return iban;
}

/**
 * An IBAN for print, in groups of 4: "BE68 5390 0754 7034".
 *
 * @throws RangeError when the IBAN is not valid.
 */
export function formatIban(iban: string): string {
	const valid = normaliseIban(iban);
	if (!valid) throw new RangeError(`"${iban}" is not a valid IBAN`);
	return friendlyFormatIBAN(valid) ?? valid;
}

/**
 * Whether the text is a BIC as stored: 8 or 11 characters, uppercase, no spaces (ISO 9362:
 * 4 for the institution, 2 letters of a known country, 2 for the location, optionally 3 for
 * the branch). Use `normaliseBic` on what people type.
 */
export function isValidBic(text: string): boolean {
	return /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(text) && isValidBIC(text);
}

/** The BIC in uppercase without spaces ("GEBA BE BB" → "GEBABEBB"), or null when it is not one. */
export function normaliseBic(text: string): string | null {
	const bic = text.replace(/\s+/g, "").toUpperCase();
	return isValidBic(bic) ? bic : null;
}
