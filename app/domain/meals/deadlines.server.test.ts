import { describe, expect, it } from "vitest";
import { belgianPublicHolidays } from "#app/domain/offers/offer-days.server.ts";
import { deadlineOf, isoWeekday, mondayOf, sickCancellationDeadlineOf } from "./deadlines.ts";

/** Monday to Friday, not a Belgian public holiday. */
const workingDay = (day: string) => isoWeekday(day) <= 5 && !belgianPublicHolidays(Number(day.slice(0, 4))).has(day);

const thursdayNoon = { kind: "weekday-before", weekday: 4, time: "12:00" } as const;
const twoWorkingDays = { kind: "working-days-before", days: 2, time: "10:00" } as const;

describe("weekday of the week before", () => {
	it("closes the week of Monday 12/01 on Thursday 08/01 at 12:00, for each of its days", () => {
		for (const day of ["2026-01-12", "2026-01-14", "2026-01-16"]) {
			expect(deadlineOf(day, thursdayNoon, workingDay)).toBe("2026-01-08T11:00:00.000Z");
		}
		expect(mondayOf("2026-01-18")).toBe("2026-01-12");
	});

	it("keeps noon in Brussels across the change to summer time (Sunday 29/03/2026)", () => {
		// Thursday 19/03 is winter time (UTC+1), Thursday 02/04 summer time (UTC+2).
		expect(deadlineOf("2026-03-30", thursdayNoon, workingDay)).toBe("2026-03-26T11:00:00.000Z");
		expect(deadlineOf("2026-03-23", thursdayNoon, workingDay)).toBe("2026-03-19T11:00:00.000Z");
		expect(deadlineOf("2026-04-06", thursdayNoon, workingDay)).toBe("2026-04-02T10:00:00.000Z");
	});

	it("keeps noon in Brussels across the change to winter time (Sunday 25/10/2026)", () => {
		expect(deadlineOf("2026-10-26", thursdayNoon, workingDay)).toBe("2026-10-22T10:00:00.000Z");
		expect(deadlineOf("2026-11-02", thursdayNoon, workingDay)).toBe("2026-10-29T11:00:00.000Z");
	});
});

describe("working days before", () => {
	it("counts back over the weekend", () => {
		expect(deadlineOf("2026-01-14", twoWorkingDays, workingDay)).toBe("2026-01-12T09:00:00.000Z");
		expect(deadlineOf("2026-01-12", twoWorkingDays, workingDay)).toBe("2026-01-08T09:00:00.000Z");
	});

	it("skips a public holiday (Easter Monday 06/04/2026) and the house's closed days", () => {
		expect(deadlineOf("2026-04-08", twoWorkingDays, workingDay)).toBe("2026-04-03T08:00:00.000Z");
		const closedOn02 = (day: string) => workingDay(day) && day !== "2026-04-02";
		expect(deadlineOf("2026-04-08", { ...twoWorkingDays, days: 3 }, closedOn02)).toBe("2026-04-01T08:00:00.000Z");
	});

	it("ends at midnight when the rule says 00:00, and on the day itself when it says 0 days", () => {
		const midnight = { kind: "working-days-before", days: 1, time: "00:00" } as const;
		// Monday 00:00 in Brussels is Sunday 23:00 UTC.
		expect(deadlineOf("2026-01-13", midnight, workingDay)).toBe("2026-01-11T23:00:00.000Z");
		expect(deadlineOf("2026-01-13", { kind: "working-days-before", days: 0, time: "08:30" }, workingDay)).toBe(
			"2026-01-13T07:30:00.000Z",
		);
	});

	it("refuses a calendar with no working day, and a time that is not one", () => {
		expect(() => deadlineOf("2026-01-13", twoWorkingDays, () => false)).toThrow(RangeError);
		expect(() => deadlineOf("2026-01-13", { ...twoWorkingDays, time: "25:00" }, workingDay)).toThrow(RangeError);
	});
});

describe("same-morning sick cancellation", () => {
	it("is open until the set hour of the day itself, in Brussels time", () => {
		expect(sickCancellationDeadlineOf("2026-01-13", "09:00")).toBe("2026-01-13T08:00:00.000Z");
		expect(sickCancellationDeadlineOf("2026-03-30", "09:00")).toBe("2026-03-30T07:00:00.000Z");
	});
});
