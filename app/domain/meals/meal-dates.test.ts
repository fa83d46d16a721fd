/**
 * Every meal form refuses a day that does not exist (30 February, month 13, day 45), with its
 * own message, instead of passing it on to be stored or shown as another day.
 */
import { describe, expect, it } from "vitest";
import {
	bookDaysSchema,
	bookWeekSchema,
	cancelDaySchema,
	patternSchema,
} from "#app/routes/children/$childId/meals-forms.ts";
import { closedDaySchema } from "#app/routes/staff/$groupId/houses/+shared/closed-day-form.ts";
import { copyWeekSchema, createOfferSchema, saveDaySchema } from "#app/routes/staff/$groupId/meals/menus-forms.ts";
import { priceVersionSchema, rulesVersionSchema } from "#app/routes/staff/$groupId/meals/offer-forms.ts";
import { isIsoDay } from "../form-fields.ts";

const impossible = ["2027-02-30", "2027-13-01", "2026-12-45"];
const rules = {
	bookingKind: "weekday-before",
	bookingTime: "12:00",
	cancelKind: "weekday-before",
	cancelTime: "10:00",
};

/** The messages of the issues on `field` when `schema` parses `input`. */
function messagesOn(
	schema: { safeParse(input: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } } },
	input: object,
	field: string,
) {
	return (schema.safeParse(input).error?.issues ?? [])
		.filter((issue) => issue.path.join(".") === field)
		.map((issue) => issue.message);
}

describe("impossible days in the meal forms", () => {
	it.each(impossible)("%s is refused by every form, with the form's message", (day) => {
		expect(isIsoDay(day)).toBe(false);
		const id = { mealOfferId: "01" };
		expect(messagesOn(bookDaysSchema, { ...id, days: [day] }, "days.0")).toEqual(["meals.book.invalidDays"]);
		expect(messagesOn(bookWeekSchema, { ...id, week: day }, "week")).toEqual(["meals.book.invalidDays"]);
		expect(messagesOn(cancelDaySchema, { ...id, day }, "day")).toEqual(["meals.book.invalidDays"]);
		expect(messagesOn(patternSchema, { ...id, weekdays: ["1"], from: day, until: "2027-03-01" }, "from")).toEqual([
			"meals.book.invalidDays",
		]);
		expect(messagesOn(closedDaySchema, { day, reason: "pedagogical_day" }, "day")).toEqual(["meals.validation.date"]);
		expect(messagesOn(saveDaySchema, { ...id, day }, "day")).toEqual(["meals.validation.date"]);
		expect(messagesOn(copyWeekSchema, { ...id, week: day }, "week")).toEqual(["meals.validation.date"]);
		expect(
			messagesOn(
				createOfferSchema,
				{ name: "Soupe", houseIds: ["h"], price: "1", validFrom: day, ...rules },
				"validFrom",
			),
		).toEqual(["meals.validation.date"]);
		expect(messagesOn(priceVersionSchema, { validFrom: day, price: "1" }, "validFrom")).toEqual([
			"meals.validation.date",
		]);
		expect(messagesOn(rulesVersionSchema, { validFrom: day, ...rules }, "validFrom")).toEqual([
			"meals.validation.date",
		]);
	});

	it("accepts the days that exist, 29 February of a leap year included", () => {
		expect(["2028-02-29", "2027-01-31", "2026-12-01"].every(isIsoDay)).toBe(true);
		expect(isIsoDay("2027-02-29")).toBe(false);
		expect(isIsoDay("2027-1-5")).toBe(false);
	});
});
