import { describe, expect, it } from "vitest";
import { belgianPublicHolidays, campDays, daysFromTo, offerRunDays, offerRunDaysLabel } from "./offer-days.server.ts";

const camp = (first_day: string, last_day: string) => ({ kind: "camp", first_day, last_day, dates: "[]" });

describe("belgianPublicHolidays", () => {
	it("has Belgium's ten legal holidays, movable feasts included", () => {
		expect([...belgianPublicHolidays(2026)].sort()).toEqual([
			"2026-01-01",
			"2026-04-06",
			"2026-05-01",
			"2026-05-14",
			"2026-05-25",
			"2026-07-21",
			"2026-08-15",
			"2026-11-01",
			"2026-11-11",
			"2026-12-25",
		]);
		// Community days are not days off for childcare.
		expect(belgianPublicHolidays(2027).has("2027-07-11")).toBe(false);
		expect(belgianPublicHolidays(2027).has("2027-09-27")).toBe(false);
	});
});

describe("campDays", () => {
	it("runs a Monday-to-Friday camp on all five days", () => {
		expect(campDays("2027-07-05", "2027-07-09")).toEqual(daysFromTo("2027-07-05", "2027-07-09"));
	});

	it("skips the weekend of a camp from Friday to Tuesday", () => {
		expect(campDays("2026-07-03", "2026-07-07")).toEqual(["2026-07-03", "2026-07-06", "2026-07-07"]);
	});

	it("skips public holidays between the first and last day: 21 July, Ascension, Easter Monday", () => {
		expect(campDays("2027-07-19", "2027-07-23")).toEqual(["2027-07-19", "2027-07-20", "2027-07-22", "2027-07-23"]);
		// Ascension is Thursday 14 May 2026; the Friday after it is a working day.
		expect(campDays("2026-05-11", "2026-05-15")).toEqual(["2026-05-11", "2026-05-12", "2026-05-13", "2026-05-15"]);
		// Easter Monday 6 April 2026, then the weekend: Friday 3 → Wednesday 8 runs three days.
		expect(campDays("2026-04-03", "2026-04-08")).toEqual(["2026-04-03", "2026-04-07", "2026-04-08"]);
	});

	it("keeps a first or last day staff chose, even a public holiday", () => {
		expect(campDays("2026-07-21", "2026-07-24")).toEqual(daysFromTo("2026-07-21", "2026-07-24"));
	});

	it("runs a camp that starts or ends on a weekend every day, holidays included", () => {
		expect(campDays("2026-07-04", "2026-07-05")).toEqual(["2026-07-04", "2026-07-05"]);
		expect(campDays("2026-07-18", "2026-07-24")).toEqual(daysFromTo("2026-07-18", "2026-07-24"));
	});
});

describe("offerRunDays", () => {
	it("takes an activity's listed days as they are, in order, once each", () => {
		expect(
			offerRunDays({
				kind: "activity",
				first_day: "2026-07-11",
				last_day: "2026-07-25",
				dates: '["2026-07-25","2026-07-11","2026-07-21","2026-07-11"]',
			}),
		).toEqual(["2026-07-11", "2026-07-21", "2026-07-25"]);
	});
});

describe("offerRunDaysLabel", () => {
	it("gives a range when the camp runs every day, its days one by one when it skips some", () => {
		expect(offerRunDaysLabel(camp("2027-07-05", "2027-07-09"), "fr")).toBe("05/07/2027 → 09/07/2027");
		expect(offerRunDaysLabel(camp("2026-07-03", "2026-07-07"), "fr")).toBe("03/07/2026, 06/07/2026, 07/07/2026");
		expect(offerRunDaysLabel(camp("2026-07-03", "2026-07-07"), "de")).toBe("03.07.2026, 06.07.2026, 07.07.2026");
	});
});
