import type { BankMovementStatus } from "#app/db/schema.ts";

/**
 * What a bank movement became once allocated: a debit is `ignored` (money out is no payment);
 * a credit is `matched` when allocated in full, `partly_matched` when some is left (an
 * overpayment), `unmatched` when nothing could be allocated. Amounts in cents.
 */
export function movementStatusOf(amountCents: number, allocatedCents: number): BankMovementStatus {
	if (amountCents <= 0) return "ignored";
	if (allocatedCents >= amountCents) return "matched";
	return allocatedCents > 0 ? "partly_matched" : "unmatched";
}

/** « 2026/00012 » (or « 2026/12 », spaces around the slash allowed) as year and number; null when the text is not one. */
export function parseInvoiceNumber(text: string): { year: number; number: number } | null {
	const match = /^(\d{4})\s*\/\s*(\d{1,7})$/.exec(text.trim());
	if (!match) return null;
	const number = Number(match[2]);
	return number > 0 ? { year: Number(match[1]), number } : null;
}
