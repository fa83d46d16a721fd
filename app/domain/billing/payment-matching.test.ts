import { describe, expect, it } from "vitest";
import { movementStatusOf, parseInvoiceNumber } from "./payment-matching.ts";

describe("movementStatusOf", () => {
	it("ignores debits, and tells a full, partial or missing allocation of a credit apart", () => {
		expect(movementStatusOf(-1_250, 0)).toBe("ignored");
		expect(movementStatusOf(8_500, 8_500)).toBe("matched");
		expect(movementStatusOf(10_000, 8_500)).toBe("partly_matched");
		expect(movementStatusOf(8_500, 0)).toBe("unmatched");
	});
});

describe("parseInvoiceNumber", () => {
	it("reads the number as printed on the invoice, and as people type it", () => {
		expect(parseInvoiceNumber("2026/00012")).toEqual({ year: 2026, number: 12 });
		expect(parseInvoiceNumber(" 2026 / 12 ")).toEqual({ year: 2026, number: 12 });
	});

	it("refuses anything else", () => {
		for (const text of ["", "2026", "2026/", "26/00012", "2026/00000", "2026-00012", "2026/12345678"])
			expect(parseInvoiceNumber(text)).toBeNull();
	});
});
