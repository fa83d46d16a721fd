/**
 * EPC QR code for a SEPA credit transfer, after EPC069-12 v2.1 « Quick Response Code:
 * guidelines to enable data capture for the initiation of a SEPA credit transfer » (European
 * Payments Council): the « BCD » payload that banking apps read to fill in a transfer.
 *
 * Payload, one element per line joined with "\n": service tag BCD, version 002, character set
 * 1 (UTF-8), identification SCT, BIC (optional in version 002), beneficiary name (≤ 70),
 * IBAN, amount « EUR12.50 » (0.01–999 999 999.99), purpose (4 characters, optional),
 * structured creditor reference (≤ 35) OR unstructured remittance (≤ 140), never both. Trailing
 * empty elements are left out, and the whole payload is at most 331 bytes.
 *
 * A Belgian structured communication goes, as its 12 digits, into the structured reference
 * (element 10): decision 033 says why.
 */
import QRCode from "qrcode";
import { normaliseBic, normaliseIban } from "./bank-account.ts";
import { parseStructuredCommunication } from "./structured-communication.ts";

/** A field of the payload broke a limit of EPC069-12; `field` names it as in `EpcQrInput`. */
export class EpcQrFieldError extends RangeError {
	constructor(
		readonly field: keyof EpcQrInput | "payload",
		message: string,
	) {
		super(`EPC QR ${field}: ${message}`);
		this.name = "EpcQrFieldError";
	}
}

export type EpcQrInput = {
	/** Beneficiary's name, at most 70 characters. */
	name: string;
	/** Beneficiary's IBAN, printed or electronic form; a Belgian one passes the national check. */
	iban: string;
	/** Beneficiary bank's BIC (8 or 11); optional in version 002 within the EEA. */
	bic?: string | null;
	/** Amount in euro cents, 1 to 99 999 999 999. */
	amountCents: number;
	/** Belgian structured communication, 12 digits or printed « +++123/4567/89002+++ ». */
	structuredCommunication?: string | null;
	/** Free text for the payee, at most 140 characters. */
	unstructuredRemittance?: string | null;
	/** ISO 20022 purpose code, 4 letters or digits (« GOVT », « OTHR »…). */
	purpose?: string | null;
};

export const epcQrLimits = {
	nameCharacters: 70,
	referenceCharacters: 35,
	remittanceCharacters: 140,
	minAmountCents: 1,
	maxAmountCents: 99_999_999_999,
	payloadBytes: 331,
} as const;

const characterCount = (text: string) => [...text].length;

function singleLine(field: keyof EpcQrInput, text: string): string {
	if (/[\r\n]/.test(text)) throw new EpcQrFieldError(field, "must be on one line");
	return text.trim();
}

/** « EUR12.50 » from 1250 cents. */
export function epcAmount(amountCents: number): string {
	const euros = Math.floor(amountCents / 100);
	return `EUR${euros}.${String(amountCents % 100).padStart(2, "0")}`;
}

/**
 * The EPC QR payload of a transfer.
 *
 * @throws EpcQrFieldError (a RangeError) naming the field that breaks a limit of the standard:
 *   empty or too long name, invalid IBAN or BIC, amount out of range or not whole cents, both
 *   a structured communication and a remittance text, a wrong structured communication, a
 *   remittance over 140 characters, a purpose not 4 characters, or a payload over 331 bytes.
 */
export function epcQrPayload(input: EpcQrInput): string {
	const name = singleLine("name", input.name);
	if (name === "") throw new EpcQrFieldError("name", "is required");
	if (characterCount(name) > epcQrLimits.nameCharacters) {
		throw new EpcQrFieldError("name", `is longer than ${epcQrLimits.nameCharacters} characters`);
	}

	const iban = normaliseIban(input.iban);
	if (!iban) throw new EpcQrFieldError("iban", "is not a valid IBAN");

	let bic = "";
	if (input.bic) {
		const valid = normaliseBic(input.bic);
		if (!valid) throw new EpcQrFieldError("bic", "is not a valid BIC");
		bic = valid;
	}

	const { amountCents } = input;
	if (!Number.isInteger(amountCents)) throw new EpcQrFieldError("amountCents", "must be whole cents");
	if (amountCents < epcQrLimits.minAmountCents || amountCents > epcQrLimits.maxAmountCents) {
		throw new EpcQrFieldError("amountCents", "must be between EUR 0.01 and EUR 999999999.99");
	}

	let purpose = "";
	if (input.purpose) {
		purpose = singleLine("purpose", input.purpose).toUpperCase();
		if (!/^[A-Z0-9]{4}$/.test(purpose)) throw new EpcQrFieldError("purpose", "must be 4 letters or digits");
	}

	const remittanceText = input.unstructuredRemittance
		? singleLine("unstructuredRemittance", input.unstructuredRemittance)
		: "";
	let reference = "";
	if (input.structuredCommunication) {
		if (remittanceText !== "") {
			throw new EpcQrFieldError("unstructuredRemittance", "cannot be given with a structured communication");
		}
		const digits = parseStructuredCommunication(input.structuredCommunication);
		if (!digits) throw new EpcQrFieldError("structuredCommunication", "is not a valid structured communication");
		reference = digits;
		if (characterCount(reference) > epcQrLimits.referenceCharacters) {
			throw new EpcQrFieldError(
				"structuredCommunication",
				`is longer than ${epcQrLimits.referenceCharacters} characters`,
			);
		}
	}
	if (characterCount(remittanceText) > epcQrLimits.remittanceCharacters) {
		throw new EpcQrFieldError(
			"unstructuredRemittance",
			`is longer than ${epcQrLimits.remittanceCharacters} characters`,
		);
	}

	const elements = [
		"BCD",
		"002",
		"1",
		"SCT",
		bic,
		name,
		iban,
		epcAmount(amountCents),
		purpose,
		reference,
		remittanceText,
	];
	while (elements.at(-1) === "") elements.pop();
	const payload = elements.join("\n");
	const bytes = Buffer.byteLength(payload, "utf8");
	if (bytes > epcQrLimits.payloadBytes) {
		throw new EpcQrFieldError("payload", `is ${bytes} bytes, more than ${epcQrLimits.payloadBytes}`);
	}
	return payload;
}

/** The payload as one byte-mode segment of UTF-8, as EPC069-12 asks (no numeric or alphanumeric segments). */
function byteSegments(payload: string) {
	return [{ data: new Uint8Array(Buffer.from(payload, "utf8")), mode: "byte" as const }];
}

/**
 * A PNG of the QR code, error correction level M (EPC069-12), `size` pixels wide (default 300),
 * with the quiet zone of 4 modules the QR standard requires.
 */
export function epcQrPng(payload: string, { size = 300 }: { size?: number } = {}): Promise<Buffer> {
	return QRCode.toBuffer(byteSegments(payload), { type: "png", errorCorrectionLevel: "M", width: size, margin: 4 });
}

/** An SVG of the QR code (error correction M, quiet zone of 4 modules), to scale in a page or a PDF. */
export function epcQrSvg(payload: string): Promise<string> {
	return QRCode.toString(byteSegments(payload), { type: "svg", errorCorrectionLevel: "M", margin: 4 });
}
