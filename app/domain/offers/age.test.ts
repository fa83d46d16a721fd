import { describe, expect, it } from "vitest";
import { ageInMonthsOn, isAgeEligible, oldestAgeMonths, yearsAndMonths } from "./age.ts";

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
	const upTo6 = { minAgeMonths: null, maxAgeMonths: 72, maxAgeWholeYears: true };
	const upTo6y0m = { minAgeMonths: null, maxAgeMonths: 72, maxAgeWholeYears: false };
	const from3 = { minAgeMonths: 36, maxAgeMonths: null, maxAgeWholeYears: false };

	it("« Âge maximum : 6 ans » takes a child of 6 years and 11 months, not one of 7", () => {
		expect(oldestAgeMonths(upTo6)).toBe(83);
		expect(isAgeEligible("2021-06-01", "2027-07-05", upTo6)).toBe(true); // 6 years and 1 month
		expect(isAgeEligible("2020-07-06", "2027-07-05", upTo6)).toBe(true); // 7 tomorrow: one day short
		expect(isAgeEligible("2020-07-05", "2027-07-05", upTo6)).toBe(false); // 7 on the first day
	});

	it("a maximum given with months holds up to that month inclusive", () => {
		expect(isAgeEligible("2021-07-06", "2027-07-05", upTo6y0m)).toBe(true); // 6 tomorrow
		expect(isAgeEligible("2021-07-05", "2027-07-05", upTo6y0m)).toBe(true); // 6 on the first day
		expect(isAgeEligible("2021-06-05", "2027-07-05", upTo6y0m)).toBe(false); // 6 years and 1 month
	});

	it("« Âge minimum : 3 ans » takes the child whose birthday is the first day, not the one a day short", () => {
		expect(isAgeEligible("2024-07-05", "2027-07-05", from3)).toBe(true);
		expect(isAgeEligible("2024-07-06", "2027-07-05", from3)).toBe(false);
	});

	it("a child born on 29 February has its birthday on 28 February in other years", () => {
		// 3 on 28/02/2027: old enough that day, not the day before.
		expect(isAgeEligible("2024-02-29", "2027-02-28", from3)).toBe(true);
		expect(isAgeEligible("2024-02-29", "2027-02-27", from3)).toBe(false);
		// 7 on 28/02/2027: too old for « 6 ans » that day, still 6 the day before.
		expect(isAgeEligible("2020-02-29", "2027-02-28", upTo6)).toBe(false);
		expect(isAgeEligible("2020-02-29", "2027-02-27", upTo6)).toBe(true);
		// In a leap year the birthday is the 29th itself.
		expect(isAgeEligible("2025-02-28", "2028-02-28", from3)).toBe(true);
		expect(isAgeEligible("2025-03-01", "2028-02-29", from3)).toBe(false);
	});

	it("includes both ends of a range given in months", () => {
		const range = { minAgeMonths: 30, maxAgeMonths: 12 * 12, maxAgeWholeYears: false };
		expect(isAgeEligible("2023-06-01", "2025-12-01", range)).toBe(true);
		expect(isAgeEligible("2023-06-02", "2025-12-01", range)).toBe(false);
		expect(isAgeEligible("2013-12-01", "2025-12-01", range)).toBe(true);
		expect(isAgeEligible("2013-11-02", "2025-12-01", range)).toBe(true);
		expect(isAgeEligible("2013-11-01", "2025-12-01", range)).toBe(false);
		expect(
			isAgeEligible("2012-12-01", "2025-12-01", { minAgeMonths: null, maxAgeMonths: null, maxAgeWholeYears: false }),
		).toBe(true);
	});
});
