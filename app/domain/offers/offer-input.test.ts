import { describe, expect, it } from "vitest";
import { offerSchema } from "./offer-input.ts";

function messagesOf(field: string, input: Record<string, string>): string[] {
	const result = offerSchema.safeParse(input);
	if (result.success) return [];
	return result.error.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);
}

describe("offer counts", () => {
	it("says a number is too large rather than not a whole number", () => {
		expect(messagesOf("capacity", { capacity: "5001" })).toEqual(["offers.validation.countMax"]);
		expect(messagesOf("waitingListSize", { waitingListSize: "123456" })).toEqual(["offers.validation.countMax"]);
		expect(messagesOf("maxAgeYears", { maxAgeYears: "30" })).toEqual(["offers.validation.ageYears"]);
		expect(messagesOf("maxAgeMonths", { maxAgeMonths: "12" })).toEqual(["offers.validation.ageMonths"]);
	});

	it("still says « a whole number » for what is not one", () => {
		expect(messagesOf("capacity", { capacity: "12,5" })).toEqual(["offers.validation.count"]);
		expect(messagesOf("capacity", { capacity: "5000" })).toEqual([]);
	});
});
