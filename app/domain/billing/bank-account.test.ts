import { describe, expect, it } from "vitest";
import { formatIban, isValidBelgianBban, isValidBic, normaliseBic, normaliseIban } from "./bank-account.ts";

describe("IBAN", () => {
	it("accepts the examples of the SWIFT IBAN Registry and of the EPC QR guidelines", () => {
		// SWIFT IBAN Registry, Belgium's example: BE68 5390 0754 7034 (BBAN 539007547034).
		expect(normaliseIban("BE68 5390 0754 7034")).toBe("BE68539007547034");
		// EPC069-12 v2.1, example of a QR payload: BE72000000001616.
		expect(normaliseIban("be72000000001616")).toBe("BE72000000001616");
		// SWIFT IBAN Registry examples of other countries.
		expect(normaliseIban("DE89 3704 0044 0532 0130 00")).toBe("DE89370400440532013000");
		expect(normaliseIban("FR14 2004 1010 0505 0001 3M02 606")).toBe("FR1420041010050500013M02606");
		expect(normaliseIban("NL91ABNA0417164300")).toBe("NL91ABNA0417164300");
	});

	it("refuses wrong IBAN check digits", () => {
		expect(normaliseIban("BE69539007547034")).toBeNull();
		expect(normaliseIban("NL92ABNA0417164300")).toBeNull();
		expect(normaliseIban("BE68 5390 0754")).toBeNull();
		expect(normaliseIban("not an iban")).toBeNull();
	});

	it("refuses a Belgian IBAN whose national check fails even with right IBAN check digits", () => {
		// 539007547035 breaks the national check; BE41 is the IBAN check that makes the rest valid.
		expect(isValidBelgianBban("539007547034")).toBe(true);
		expect(isValidBelgianBban("539007547035")).toBe(false);
		expect(normaliseIban("BE41539007547035")).toBeNull();
	});

	it("is printed in groups of 4", () => {
		expect(formatIban("BE68539007547034")).toBe("BE68 5390 0754 7034");
		expect(formatIban("FR1420041010050500013M02606")).toBe("FR14 2004 1010 0505 0001 3M02 606");
		expect(() => formatIban("BE69539007547034")).toThrow(RangeError);
	});
});

describe("BIC (ISO 9362)", () => {
	it("accepts 8 and 11 characters", () => {
		// BNP Paribas Fortis and KBC, as published by the National Bank of Belgium's list of BICs.
		expect(isValidBic("GEBABEBB")).toBe(true);
		expect(isValidBic("KREDBEBB")).toBe(true);
		expect(isValidBic("GEBABEBBXXX")).toBe(true);
		expect(isValidBic("DEUTDEFF500")).toBe(true);
	});

	it("refuses other lengths, unknown countries, lowercase and spaces as stored values", () => {
		for (const bad of ["GEBABEB", "GEBABEBBX", "GEBABEBBXXXX", "GEBAZZBB", "gebabebb", "GEBA BE BB", ""]) {
			expect(isValidBic(bad)).toBe(false);
		}
	});

	it("normalises what people type", () => {
		expect(normaliseBic(" geba be bb ")).toBe("GEBABEBB");
		expect(normaliseBic("kredbebbxxx")).toBe("KREDBEBBXXX");
		expect(normaliseBic("GEBABEB")).toBeNull();
	});
});
