import { describe, expect, it } from "vitest";
import { ageInMonthsOn, isAgeEligible, yearsAndMonths } from "./age.ts";

describe("ageInMonthsOn", () => {
	it("counts whole months up to the day", () => {
		expect(ageInMonthsOn("2021-03-15", "2025-12-14")).toBe(56);
		expect(ageInMonthsOn("2021-03-15", "2025-12-15")).toBe(57);
		expect(yearsAndMonths(57)).toEqual({ years: 4, months: 9 });
	});

	it("lets a child born on the 31st age on the last day of a short month", () => {
		expect(ageInMonthsOn("2020-01-31", "2020-02-29")).toBe(1);
		expect(ageInMonthsOn("2020-01-31", "2020-02-28")).toBe(0);
	});

	it("is negative before birth", () => {
		expect(ageInMonthsOn("2026-05-01", "2026-04-30")).toBe(-1);
	});
});

describe("isAgeEligible", () => {
	it("includes both ends of the range, evaluated on the first day", () => {
		const range = { minAgeMonths: 30, maxAgeMonths: 12 * 12 };
		expect(isAgeEligible("2023-06-01", "2025-12-01", range)).toBe(true);
		expect(isAgeEligible("2023-06-02", "2025-12-01", range)).toBe(false);
		expect(isAgeEligible("2013-12-01", "2025-12-01", range)).toBe(true);
		expect(isAgeEligible("2013-11-02", "2025-12-01", range)).toBe(true);
		expect(isAgeEligible("2013-11-01", "2025-12-01", range)).toBe(false);
		expect(isAgeEligible("2012-12-01", "2025-12-01", { minAgeMonths: null, maxAgeMonths: null })).toBe(true);
	});
});
