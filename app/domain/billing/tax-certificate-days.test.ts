import { describe, expect, it } from "vitest";
import { isBeforeAgeLimit, paidPartOfDay, spreadOverDays } from "./tax-certificate-days.ts";

describe("spreadOverDays", () => {
	it("gives each day the same cents and the rest to the first days", () => {
		expect(spreadOverDays(1001, ["2025-07-07", "2025-07-08", "2025-07-09"])).toEqual([
			{ date: "2025-07-07", amountCents: 334 },
			{ date: "2025-07-08", amountCents: 334 },
			{ date: "2025-07-09", amountCents: 333 },
		]);
	});
	it("spreads a reversal as the opposite of the line it reverses", () => {
		const days = ["2025-07-07", "2025-07-08", "2025-07-09"];
		const line = spreadOverDays(1001, days);
		const reversal = spreadOverDays(-1001, days);
		expect(line.map((day, index) => day.amountCents + (reversal[index]?.amountCents ?? 0))).toEqual([0, 0, 0]);
	});
	it("gives nothing without days", () => {
		expect(spreadOverDays(500, [])).toEqual([]);
	});
});

describe("paidPartOfDay", () => {
	it("counts the whole day when the invoice was paid within the year", () => {
		expect(paidPartOfDay(1700, { paidBeforeCents: 0, paidThroughCents: 8500, totalCents: 8500 })).toBe(1700);
	});
	it("splits a day between two years in the proportion paid, and the parts add up", () => {
		const first = paidPartOfDay(1700, { paidBeforeCents: 0, paidThroughCents: 3000, totalCents: 8500 });
		const second = paidPartOfDay(1700, { paidBeforeCents: 3000, paidThroughCents: 8500, totalCents: 8500 });
		expect(first).toBe(600);
		expect(first + second).toBe(1700);
	});
	it("counts nothing for a year without payment", () => {
		expect(paidPartOfDay(1700, { paidBeforeCents: 8500, paidThroughCents: 8500, totalCents: 8500 })).toBe(0);
	});
});

describe("isBeforeAgeLimit", () => {
	const rules = { ageLimit: 14, ageLimitWithDisability: 21 };
	const child = { birthDate: "2011-07-08", severeDisability: false };
	it("counts the eve of the 14th birthday and not the birthday", () => {
		expect(isBeforeAgeLimit("2025-07-07", child, rules)).toBe(true);
		expect(isBeforeAgeLimit("2025-07-08", child, rules)).toBe(false);
	});
	it("counts until 21 with a severe disability", () => {
		expect(isBeforeAgeLimit("2025-07-08", { ...child, severeDisability: true }, rules)).toBe(true);
	});
});
