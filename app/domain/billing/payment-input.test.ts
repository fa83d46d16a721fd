import { describe, expect, it } from "vitest";
import { eurosToCents } from "./payment-input.ts";

describe("eurosToCents", () => {
	it("reads euros exactly, with a comma or a point", () => {
		expect(eurosToCents("12", { signed: false })).toBe(1200);
		expect(eurosToCents("12,5", { signed: false })).toBe(1250);
		expect(eurosToCents("0.29", { signed: false })).toBe(29);
		expect(eurosToCents("1.15", { signed: false })).toBe(115);
		expect(eurosToCents("999999,99 €", { signed: false })).toBe(99_999_999);
	});

	it("takes a minus only when asked, and refuses what is not an amount", () => {
		expect(eurosToCents("-5", { signed: true })).toBe(-500);
		expect(eurosToCents("-5", { signed: false })).toBeNull();
		for (const bad of ["", "abc", "1,234", "1e3", "12,", "1.000,00", "1000000"])
			expect(eurosToCents(bad, { signed: true }), bad).toBeNull();
	});
});
