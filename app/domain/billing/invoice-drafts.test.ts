import { describe, expect, it } from "vitest";
import { type BillableItem, draftInvoices } from "./invoice-drafts.ts";

const meal = (sourceId: string, day: string, cents = 350, debtor = "alain"): BillableItem => ({
	kind: "meal",
	sourceId,
	debtorUserId: debtor,
	childId: "nino",
	childName: "FORIUS Nino",
	groupKey: "meal:hot",
	description: "Repas chaud",
	serviceFrom: day,
	serviceTo: day,
	unitPriceCents: cents,
	childcare: false,
});

describe("draftInvoices", () => {
	it("makes one line per child, meal and price, with the quantity, first and last day", () => {
		const { invoices } = draftInvoices([
			meal("b3", "2026-11-05"),
			meal("b1", "2026-11-03"),
			meal("b2", "2026-11-04", 375),
			meal("b4", "2026-11-06", 375),
		]);
		expect(invoices).toHaveLength(1);
		const [invoice] = invoices;
		expect(
			invoice?.lines.map((line) => [line.quantity, line.unitPriceCents, line.serviceFrom, line.serviceTo]),
		).toEqual([
			[2, 350, "2026-11-03", "2026-11-05"],
			[2, 375, "2026-11-04", "2026-11-06"],
		]);
		expect(invoice?.lines.flatMap((line) => line.sourceIds).sort()).toEqual(["b1", "b2", "b3", "b4"]);
		expect(invoice?.totalCents).toBe(1450);
	});

	it("keeps the sum of the lines equal to the total, and sets a debtor whose total is not positive apart", () => {
		const { invoices, notBilled } = draftInvoices([
			meal("b1", "2026-11-03", 350, "alain"),
			{ ...meal("r1", "2026-11-03", -350, "alain"), kind: "meal_reversal", groupKey: null },
			meal("b2", "2026-11-03", 350, "berthe"),
		]);
		expect(invoices.map((invoice) => invoice.debtorUserId)).toEqual(["berthe"]);
		expect(notBilled.map((invoice) => [invoice.debtorUserId, invoice.totalCents])).toEqual([["alain", 0]]);
		for (const invoice of [...invoices, ...notBilled])
			expect(invoice.lines.reduce((sum, line) => sum + line.amountCents, 0)).toBe(invoice.totalCents);
	});
});
