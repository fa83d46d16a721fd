import { describe, expect, it } from "vitest";
import { formatPhone, normalizePhone } from "./phone.ts";

describe("normalizePhone", () => {
	it.each([
		"0470 12 34 56",
		"0470/12.34.56",
		"0470-12-34-56",
		"0470123456",
		" 0470 12 34 56 ",
		"+32 470 12 34 56",
		"+32470123456",
		"+32 (0)470 12 34 56",
		"0032470123456",
		"0032 470 12 34 56",
	])("reads the Belgian mobile %j", (input) => {
		expect(normalizePhone(input)).toBe("+32470123456");
	});

	it.each([
		["087/11.22.33", "+3287112233"],
		["087 11 22 33", "+3287112233"],
		["02 123 45 67", "+3221234567"],
		["02/123.45.67", "+3221234567"],
		["+32 2 123 45 67", "+3221234567"],
		["04 223 45 67", "+3242234567"],
	])("reads the Belgian landline %j", (input, e164) => {
		expect(normalizePhone(input)).toBe(e164);
	});

	it.each([
		["+33 6 12 34 56 78", "+33612345678"],
		["0033 6 12 34 56 78", "+33612345678"],
		["+31 6 12345678", "+31612345678"],
		["+352 621 123 456", "+352621123456"],
		["+44 20 7946 0958", "+442079460958"],
	])("reads the foreign number %j in international form", (input, e164) => {
		expect(normalizePhone(input)).toBe(e164);
	});

	it("reads a national number of another country when told so", () => {
		expect(normalizePhone("06 12 34 56 78", "FR")).toBe("+33612345678");
		expect(normalizePhone("06 12 34 56 78")).toBeNull();
	});

	it.each([
		["", "empty"],
		["abc", "no digits"],
		["0470", "too short"],
		["0470 12 34 567", "a digit too many"],
		["0470 12 34 5", "a mobile with a digit missing"],
		["0470 ab 34 56", "letters"],
		["047O 12 34 56", "a letter O for a zero"],
		["+999 123456", "an unknown country code"],
		["tel: 0470 12 34 56", "words around the number"],
		["0470 12 34 56 (maman)", "words around the number"],
		["0470 12 34 56 ext 3", "an extension"],
		["0470123456 0470123456", "two numbers"],
	])("rejects %j (%s)", (input) => {
		expect(normalizePhone(input)).toBeNull();
	});
});

describe("formatPhone", () => {
	it("shows Belgian numbers in the national format", () => {
		expect(formatPhone("+32470123456")).toBe("0470 12 34 56");
		expect(formatPhone("+3287112233")).toBe("087 11 22 33");
		expect(formatPhone("+3221234567")).toBe("02 123 45 67");
	});

	it("shows other numbers in the international format", () => {
		expect(formatPhone("+33612345678")).toBe("+33 6 12 34 56 78");
		expect(formatPhone("+31612345678")).toBe("+31 6 12345678");
	});

	it("round-trips with normalizePhone", () => {
		for (const input of ["0470/12.34.56", "087/11.22.33", "+33 6 12 34 56 78"]) {
			const e164 = normalizePhone(input);
			expect(e164).not.toBeNull();
			expect(normalizePhone(formatPhone(e164 ?? ""))).toBe(e164);
		}
	});

	it("returns what is not a phone number unchanged", () => {
		expect(formatPhone("not a number")).toBe("not a number");
	});
});
