import { describe, expect, it } from "vitest";
import {
	formatStructuredCommunication,
	isValidStructuredCommunication,
	parseStructuredCommunication,
	structuredCommunicationFor,
	structuredCommunicationFromBase,
} from "./structured-communication.ts";

describe("structured communication (Febelfin, 10 digits + mod 97)", () => {
	it("computes the check digits of published examples", () => {
		// The example of issue 14 and of the Febelfin-style notation: 1234567890 mod 97 = 2.
		expect(structuredCommunicationFromBase("1234567890")).toBe("123456789002");
		// The example of eConnect's page « Structured payment communication Belgium » (desk.econnect.eu): +++090/9337/55493+++.
		expect(structuredCommunicationFromBase("0909337554")).toBe("090933755493");
	});

	it("writes 97 when the remainder is 0", () => {
		// 97 × 10309278 = 0999999966: a base divisible by 97.
		expect(structuredCommunicationFromBase("0999999966")).toBe("099999996697");
		expect(structuredCommunicationFromBase("0000000000")).toBe("000000000097");
		expect(isValidStructuredCommunication("000000000000")).toBe(false);
	});

	it("refuses a base that is not 10 digits", () => {
		for (const bad of ["123456789", "12345678901", "12345abcde", " 1234567890", ""]) {
			expect(() => structuredCommunicationFromBase(bad)).toThrow(RangeError);
		}
	});

	it("formats and parses the printed forms", () => {
		expect(formatStructuredCommunication("123456789002")).toBe("+++123/4567/89002+++");
		expect(() => formatStructuredCommunication("123456789003")).toThrow(RangeError);
		for (const text of [
			"+++123/4567/89002+++",
			"***123/4567/89002***",
			" +++ 123 / 4567 / 89002 +++ ",
			"123456789002",
			"123/4567/89002",
		]) {
			expect(parseStructuredCommunication(text)).toBe("123456789002");
		}
		for (const text of ["+++123/4567/89003+++", "12345678900", "+++123/4567/8900A+++", "invoice 12", ""]) {
			expect(parseStructuredCommunication(text)).toBeNull();
		}
	});

	it("derives one communication per prefix and sequence", () => {
		expect(structuredCommunicationFor({ prefix3: 123, sequence: 4567890 })).toBe("123456789002");
		expect(structuredCommunicationFor({ prefix3: 7, sequence: 42 })).toBe(
			structuredCommunicationFromBase("0070000042"),
		);
		const seen = new Set<string>();
		for (let sequence = 0; sequence < 2000; sequence++) seen.add(structuredCommunicationFor({ prefix3: 5, sequence }));
		expect(seen.size).toBe(2000);
		expect(() => structuredCommunicationFor({ prefix3: 1000, sequence: 1 })).toThrow(RangeError);
		expect(() => structuredCommunicationFor({ prefix3: 1, sequence: 10_000_000 })).toThrow(RangeError);
		expect(() => structuredCommunicationFor({ prefix3: 1, sequence: 1.5 })).toThrow(RangeError);
	});
});
