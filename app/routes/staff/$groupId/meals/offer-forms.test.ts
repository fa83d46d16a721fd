import { describe, expect, it } from "vitest";
import { mealRulesSchema } from "#app/domain/meals/meal-offer-input.ts";
import { rulesVersionSchema } from "./offer-forms.ts";

const rules = {
	validFrom: "2027-03-01",
	bookingKind: "weekday-before",
	bookingTime: "12:00",
	cancelKind: "working-days-before",
	cancelTime: "10:00",
};

/** The translation keys a form reply carries, by field. */
function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
	return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("the deadlines of a rules version", () => {
	it("a weekday other than Monday to Friday, or more than 20 working days, says so in the page's words", () => {
		const form = rulesVersionSchema.safeParse({ ...rules, bookingWeekday: "9", cancelDays: "99" });
		expect(errorsOf(form)).toEqual({
			bookingWeekday: "meals.validation.weekday",
			cancelDays: "meals.validation.workingDays",
		});
		const input = mealRulesSchema.safeParse({ ...rules, bookingWeekday: 0, cancelDays: -1 });
		expect(errorsOf(input)).toEqual({
			bookingWeekday: "meals.validation.weekday",
			cancelDays: "meals.validation.workingDays",
		});
	});
});
