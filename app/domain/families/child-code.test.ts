import { describe, expect, it } from "vitest";
import { generateChildCode } from "./child-code.server.ts";
import { CHILD_CODE_ALPHABET, formatChildCode, isWellFormedChildCode, normalizeChildCode } from "./child-code.ts";

describe("the alphabet", () => {
	it("has 31 distinct symbols and no look-alikes", () => {
		expect(new Set(CHILD_CODE_ALPHABET).size).toBe(31);
		for (const lookAlike of ["0", "O", "1", "I", "L"]) expect(CHILD_CODE_ALPHABET).not.toContain(lookAlike);
	});
});

describe("generateChildCode", () => {
	it("makes well-formed 10-character codes", () => {
		const code = generateChildCode();
		expect(code).toHaveLength(10);
		expect(isWellFormedChildCode(code)).toBe(true);
		expect(normalizeChildCode(code)).toBe(code);
	});

	it("draws every symbol of the alphabet and does not repeat itself", () => {
		const codes = Array.from({ length: 2000 }, generateChildCode);
		expect(new Set(codes).size).toBe(codes.length);
		// 20,000 draws over 31 symbols: a missing one would mean a biased generator.
		expect(new Set(codes.join("")).size).toBe(CHILD_CODE_ALPHABET.length);
	});
});

describe("normalizeChildCode", () => {
	it.each([
		["abcde-fgh23", "ABCDEFGH23"],
		[" ABCDE FGH23 ", "ABCDEFGH23"],
		["ab cd-ef gh 23", "ABCDEFGH23"],
		["ABCDE–FGH23", "ABCDEFGH23"],
		["ABCDE\tFGH23", "ABCDEFGH23"],
	])("reads %j as %j", (input, normalized) => {
		expect(normalizeChildCode(input)).toBe(normalized);
	});

	it("keeps look-alikes as typed, for validation to reject", () => {
		expect(normalizeChildCode("abcd0-fgh1l")).toBe("ABCD0FGH1L");
		expect(isWellFormedChildCode(normalizeChildCode("abcd0-fgh1l"))).toBe(false);
	});
});

describe("isWellFormedChildCode", () => {
	it("accepts 10 symbols of the alphabet", () => {
		expect(isWellFormedChildCode("ABCDEFGH23")).toBe(true);
		expect(isWellFormedChildCode("9999999999")).toBe(true);
	});

	it.each([
		["", "empty"],
		["ABCDEFGH2", "9 characters"],
		["ABCDEFGH234", "11 characters"],
		["ABCDE-FGH23", "not normalized (dash)"],
		["abcdefgh23", "not normalized (lower case)"],
		["ABCDEFGH2O", "letter O"],
		["ABCDEFGH20", "digit 0"],
		["ABCDEFGHI2", "letter I"],
		["ABCDEFGHL2", "letter L"],
		["ABCDEFGH21", "digit 1"],
		["ABCDÉFGH23", "accent"],
	])("rejects %j (%s)", (code) => {
		expect(isWellFormedChildCode(code)).toBe(false);
	});
});

describe("formatChildCode", () => {
	it("shows two groups of five", () => {
		expect(formatChildCode("ABCDEFGH23")).toBe("ABCDE-FGH23");
		expect(formatChildCode(normalizeChildCode(formatChildCode("ABCDEFGH23")))).toBe("ABCDE-FGH23");
	});

	it("returns a malformed code unchanged", () => {
		expect(formatChildCode("ABC")).toBe("ABC");
	});
});
