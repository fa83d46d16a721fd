import { describe, expect, it } from "vitest";
import { formatCompanyNumber, invoiceNumberLabel, isValidCompanyNumber } from "./invoice-format.ts";

describe("invoice format", () => {
	it("numbers invoices per year on five digits at least", () => {
		expect(invoiceNumberLabel(2026, 12)).toBe("2026/00012");
		expect(invoiceNumberLabel(2026, 123456)).toBe("2026/123456");
	});

	it("checks BCE/KBO numbers by their mod 97: 97 − (03145953 mod 97) = 48", () => {
		expect(isValidCompanyNumber("0314.595.348")).toBe(true);
		expect(isValidCompanyNumber("BE 0314 595 348")).toBe(true);
		expect(isValidCompanyNumber("0314.595.349")).toBe(false);
		expect(isValidCompanyNumber("314595348")).toBe(false);
		expect(formatCompanyNumber("0314595348")).toBe("0314.595.348");
	});
});
