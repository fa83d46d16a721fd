import { describe, expect, it } from "vitest";
import { cappedAmountCents, eligibleDays, splitIntoPeriods, taxCertificateRulesFor } from "./tax-certificate-rules.ts";

describe("rules of the 281.86 by income year", () => {
	it("follows the table of issue 14 (SPF Finances' yearly caps)", () => {
		expect(taxCertificateRulesFor(2019)).toEqual({
			ageLimit: 12,
			ageLimitWithDisability: 18,
			dailyCapCents: 1120,
			capConfirmed: true,
		});
		expect(taxCertificateRulesFor(2005).dailyCapCents).toBe(1120);
		const caps = [2020, 2021, 2022, 2023, 2024].map((year) => taxCertificateRulesFor(year).dailyCapCents);
		expect(caps).toEqual([1300, 1370, 1400, 1570, 1640]);
		expect(taxCertificateRulesFor(2024)).toMatchObject({
			ageLimit: 14,
			ageLimitWithDisability: 21,
			capConfirmed: true,
		});
	});

	it("ships 2025 and later years as not confirmed", () => {
		expect(taxCertificateRulesFor(2025)).toEqual({
			ageLimit: 14,
			ageLimitWithDisability: 21,
			dailyCapCents: 1690,
			capConfirmed: false,
		});
		expect(taxCertificateRulesFor(2031)).toMatchObject({ dailyCapCents: 1690, capConfirmed: false });
		expect(() => taxCertificateRulesFor(2024.5)).toThrow(RangeError);
	});
});

describe("days before the age limit", () => {
	const days = ["2025-03-13", "2025-03-14", "2025-03-15"];

	it("leaves out the day of the 14th birthday and after", () => {
		expect(eligibleDays({ birthDate: "2011-03-14", severeDisability: false, days, incomeYear: 2025 })).toEqual([
			"2025-03-13",
		]);
	});

	it("runs to the 21st birthday with a severe disability", () => {
		expect(eligibleDays({ birthDate: "2011-03-14", severeDisability: true, days, incomeYear: 2025 })).toEqual(days);
		expect(eligibleDays({ birthDate: "2004-03-14", severeDisability: true, days, incomeYear: 2025 })).toEqual([
			"2025-03-13",
		]);
	});

	it("used 12 and 18 years before income year 2020", () => {
		const days2019 = ["2019-06-30", "2019-07-01"];
		expect(
			eligibleDays({ birthDate: "2007-07-01", severeDisability: false, days: days2019, incomeYear: 2019 }),
		).toEqual(["2019-06-30"]);
		expect(eligibleDays({ birthDate: "2001-07-01", severeDisability: true, days: days2019, incomeYear: 2019 })).toEqual(
			["2019-06-30"],
		);
	});

	it("counts a 29 February birthday on 28 February", () => {
		const february = ["2026-02-27", "2026-02-28", "2026-03-01"];
		expect(
			eligibleDays({ birthDate: "2012-02-29", severeDisability: false, days: february, incomeYear: 2026 }),
		).toEqual(["2026-02-27"]);
	});
});

describe("periods of a certificate", () => {
	it("keeps one period while the tariff stays, across days without care", () => {
		const lines = ["2025-07-07", "2025-07-08", "2025-07-09", "2025-07-14", "2025-07-15"].map((date) => ({
			date,
			amountCents: 1500,
		}));
		expect(splitIntoPeriods(lines)).toEqual([
			[{ from: "2025-07-07", to: "2025-07-15", days: 5, dailyTariffCents: 1500, amountCents: 7500 }],
		]);
	});

	it("adds a day's lines together, drops fully credited days and starts a period at each new tariff", () => {
		const periods = splitIntoPeriods([
			{ date: "2025-02-03", amountCents: 1200 },
			{ date: "2025-02-03", amountCents: 300 },
			{ date: "2025-02-04", amountCents: 1500 },
			{ date: "2025-02-05", amountCents: 1500 },
			{ date: "2025-02-05", amountCents: -1500 },
			{ date: "2025-02-06", amountCents: 1800 },
			{ date: "2025-02-07", amountCents: 1500 },
		]);
		expect(periods).toEqual([
			[
				{ from: "2025-02-03", to: "2025-02-04", days: 2, dailyTariffCents: 1500, amountCents: 3000 },
				{ from: "2025-02-06", to: "2025-02-06", days: 1, dailyTariffCents: 1800, amountCents: 1800 },
				{ from: "2025-02-07", to: "2025-02-07", days: 1, dailyTariffCents: 1500, amountCents: 1500 },
			],
		]);
	});

	it("puts at most 4 periods on a certificate, in date order", () => {
		const tariffs = [1000, 1100, 1200, 1300, 1400, 1500];
		const lines = tariffs.map((amountCents, index) => ({ date: `2025-0${index + 1}-10`, amountCents })).reverse();
		const certificates = splitIntoPeriods(lines);
		expect(certificates.map((periods) => periods.length)).toEqual([4, 2]);
		expect(certificates[0]?.[0]?.from).toBe("2025-01-10");
		expect(certificates[1]?.[1]?.from).toBe("2025-06-10");
		expect(splitIntoPeriods([])).toEqual([]);
		expect(() => splitIntoPeriods([{ date: "2025-01-01", amountCents: 10.5 }])).toThrow(RangeError);
	});

	it("caps each day at the year's daily cap", () => {
		const cap = taxCertificateRulesFor(2024).dailyCapCents;
		expect(cappedAmountCents({ days: 5, dailyTariffCents: 2000 }, cap)).toBe(5 * 1640);
		expect(cappedAmountCents({ days: 5, dailyTariffCents: 1500 }, cap)).toBe(7500);
	});
});
