/**
 * Belgian structured communication (« communication structurée », « gestructureerde
 * mededeling », OGM/VCS), as defined by Febelfin for credit transfers: 10 digits followed by
 * their remainder modulo 97 as 2 digits, where a remainder of 0 is written 97. It is printed
 * « +++123/4567/89002+++ »; banking apps also accept « ***123/4567/89002*** ».
 */

const tenDigits = /^\d{10}$/;
const twelveDigits = /^\d{12}$/;

/** The 2 check digits of a 10-digit base: base mod 97, with 0 written 97. */
function checkDigits(base: string): string {
	const remainder = Number(BigInt(base) % 97n);
	return String(remainder === 0 ? 97 : remainder).padStart(2, "0");
}

/**
 * The 12 digits of the structured communication of a 10-digit base (base + check digits).
 *
 * @throws RangeError when `base` is not exactly 10 digits.
 */
export function structuredCommunicationFromBase(base: string): string {
	if (!tenDigits.test(base)) throw new RangeError(`A structured communication's base is 10 digits, not "${base}"`);
	return base + checkDigits(base);
}

/** Whether 12 digits carry the right check digits. */
export function isValidStructuredCommunication(digits12: string): boolean {
	return twelveDigits.test(digits12) && checkDigits(digits12.slice(0, 10)) === digits12.slice(10);
}

/**
 * « +++123/4567/89002+++ » from 12 digits.
 *
 * @throws RangeError when the text is not 12 digits with the right check digits.
 */
export function formatStructuredCommunication(digits12: string): string {
	if (!isValidStructuredCommunication(digits12)) {
		throw new RangeError(`"${digits12}" is not a valid structured communication`);
	}
	return `+++${digits12.slice(0, 3)}/${digits12.slice(3, 7)}/${digits12.slice(7)}+++`;
}

const printed = /^(?:\+{3}|\*{3})?(\d{3})\/?(\d{4})\/?(\d{5})(?:\+{3}|\*{3})?$/;

/**
 * The 12 digits of a structured communication as people type or banks print it:
 * « +++123/4567/89002+++ », « ***123/4567/89002*** », with or without spaces and slashes,
 * or 12 bare digits. Returns null when the text is not one or its check digits are wrong.
 */
export function parseStructuredCommunication(text: string): string | null {
	const match = printed.exec(text.replace(/\s+/g, ""));
	if (!match) return null;
	const digits = `${match[1]}${match[2]}${match[3]}`;
	return isValidStructuredCommunication(digits) ? digits : null;
}

/** The largest invoice sequence that fits in the 7 digits after the prefix. */
export const maxStructuredCommunicationSequence = 9_999_999;

/**
 * A deterministic structured communication for an invoice: the base is the 3-digit prefix
 * (zero-padded) followed by the 7-digit sequence (zero-padded), then the check digits.
 * `{ prefix3: 123, sequence: 4567890 }` gives 123456789002 (« +++123/4567/89002+++ »).
 *
 * Uniqueness: two invoices get the same communication only when they share both prefix and
 * sequence, so it is unique as long as each prefix belongs to one group (or one bank account)
 * and the sequence never repeats under that prefix: use a counter that is never reset (not a
 * number restarting every year), and at most 9 999 999 invoices per prefix. Groups sharing a
 * bank account must get distinct prefixes.
 *
 * @throws RangeError when the prefix is not an integer 0–999 or the sequence not 0–9 999 999.
 */
export function structuredCommunicationFor({ prefix3, sequence }: { prefix3: number; sequence: number }): string {
	if (!Number.isInteger(prefix3) || prefix3 < 0 || prefix3 > 999) {
		throw new RangeError(`A structured communication's prefix is 0–999, not ${prefix3}`);
	}
	if (!Number.isInteger(sequence) || sequence < 0 || sequence > maxStructuredCommunicationSequence) {
		throw new RangeError(
			`A structured communication's sequence is 0–${maxStructuredCommunicationSequence}, not ${sequence}`,
		);
	}
	return structuredCommunicationFromBase(String(prefix3).padStart(3, "0") + String(sequence).padStart(7, "0"));
}
