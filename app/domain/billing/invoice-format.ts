/** What an invoice says of its creditor, copied from the group's billing settings at issue. */
export type CreditorSnapshot = {
	groupName: string;
	legalName: string;
	street: string;
	postalCode: string;
	locality: string;
	/** BCE/KBO number, 10 digits. */
	companyNumber: string;
	/** Electronic format, no spaces. */
	iban: string;
	bic: string;
};

/** « 2026/00012 »: the year, then the number within the group's year on 5 digits (more when needed). */
export function invoiceNumberLabel(year: number, number: number): string {
	return `${year}/${String(number).padStart(5, "0")}`;
}

/** The creditor copied on an invoice (its `creditor` column). */
export function creditorOf(json: string): CreditorSnapshot {
	return JSON.parse(json) as CreditorSnapshot;
}

/** « 0123.456.789 »: a BCE/KBO company number as the Crossroads Bank for Enterprises writes it. */
export function formatCompanyNumber(digits: string): string {
	const plain = digits.replace(/\D/g, "").padStart(10, "0");
	return `${plain.slice(0, 4)}.${plain.slice(4, 7)}.${plain.slice(7)}`;
}

/**
 * Whether a BCE/KBO number is valid: 10 digits starting with 0 or 1, whose last two are
 * 97 − (first eight mod 97) (the check of the Crossroads Bank for Enterprises).
 */
export function isValidCompanyNumber(text: string): boolean {
	const plain = text.replace(/[\s.]/g, "").replace(/^BE/i, "");
	if (!/^[01]\d{9}$/.test(plain)) return false;
	return 97 - (Number(plain.slice(0, 8)) % 97) === Number(plain.slice(8));
}
