import type { InvoiceSourceKind } from "#app/db/schema.ts";

/**
 * One thing to bill, before it is grouped into invoices: a registration's participation or care,
 * an adjustment, one meal booking, or the reversal of one of those billed earlier.
 */
export type BillableItem = {
	kind: InvoiceSourceKind;
	/** The registration, booking or adjustment this item bills (the key of `billed_sources`). */
	sourceId: string;
	debtorUserId: string;
	childId: string;
	/** « FORIUS Nino »: orders the lines and heads each child's part of the invoice. */
	childName: string;
	/**
	 * Items with the same key on one invoice become one line with a quantity (a month of hot
	 * meals at the same price); null: a line of its own.
	 */
	groupKey: string | null;
	description: string;
	/** YYYY-MM-DD, inclusive. */
	serviceFrom: string;
	serviceTo: string;
	/** Cents, negative for a reversal or a credit. */
	unitPriceCents: number;
	/** Counts for the 281.86 tax certificate (care, not meals or fees). */
	childcare: boolean;
};

export type DraftLine = {
	kind: InvoiceSourceKind;
	childId: string;
	description: string;
	serviceFrom: string;
	serviceTo: string;
	quantity: number;
	unitPriceCents: number;
	/** quantity × unitPriceCents. */
	amountCents: number;
	childcare: boolean;
	/** The rows this line bills. */
	sourceIds: string[];
};

/** The order of a child's lines on a day: what was registered, its care, meals, then the rest. */
const kindOrder: Record<InvoiceSourceKind, number> = {
	registration: 0,
	registration_reversal: 1,
	care: 2,
	care_reversal: 3,
	meal: 4,
	meal_reversal: 5,
	adjustment: 6,
};

export type DraftInvoice = { debtorUserId: string; lines: DraftLine[]; totalCents: number };

/**
 * Groups billable items into one draft invoice per debtor: items sharing a `groupKey` become one
 * line (quantity, first and last day), lines ordered by child, then day, then kind (participation before its care), then description.
 * Debtors whose total is zero or less are returned apart (`notBilled`): an invoice is never
 * negative; their items stay unbilled until more is due (or staff add a line).
 */
export function draftInvoices(items: readonly BillableItem[]): { invoices: DraftInvoice[]; notBilled: DraftInvoice[] } {
	const byDebtor = new Map<string, Map<string, { item: BillableItem; line: DraftLine }>>();
	for (const item of items) {
		let lines = byDebtor.get(item.debtorUserId);
		if (!lines) {
			lines = new Map();
			byDebtor.set(item.debtorUserId, lines);
		}
		// One line per child, group and price: a price change within the month makes a second line.
		const key =
			item.groupKey === null
				? `single:${item.kind}:${item.sourceId}`
				: `group:${item.childId}:${item.groupKey}:${item.unitPriceCents}`;
		const existing = lines.get(key);
		if (existing) {
			const line = existing.line;
			line.quantity += 1;
			line.amountCents += item.unitPriceCents;
			if (item.serviceFrom < line.serviceFrom) line.serviceFrom = item.serviceFrom;
			if (item.serviceTo > line.serviceTo) line.serviceTo = item.serviceTo;
			line.sourceIds.push(item.sourceId);
			continue;
		}
		lines.set(key, {
			item,
			line: {
				kind: item.kind,
				childId: item.childId,
				description: item.description,
				serviceFrom: item.serviceFrom,
				serviceTo: item.serviceTo,
				quantity: 1,
				unitPriceCents: item.unitPriceCents,
				amountCents: item.unitPriceCents,
				childcare: item.childcare,
				sourceIds: [item.sourceId],
			},
		});
	}
	const invoices: DraftInvoice[] = [];
	const notBilled: DraftInvoice[] = [];
	for (const [debtorUserId, lines] of byDebtor) {
		const ordered = [...lines.values()]
			.sort(
				(a, b) =>
					a.item.childName.localeCompare(b.item.childName, "fr") ||
					a.line.serviceFrom.localeCompare(b.line.serviceFrom) ||
					kindOrder[a.line.kind] - kindOrder[b.line.kind] ||
					a.line.description.localeCompare(b.line.description, "fr"),
			)
			.map((entry) => entry.line);
		const totalCents = ordered.reduce((sum, line) => sum + line.amountCents, 0);
		(totalCents > 0 ? invoices : notBilled).push({ debtorUserId, lines: ordered, totalCents });
	}
	return { invoices, notBilled };
}
