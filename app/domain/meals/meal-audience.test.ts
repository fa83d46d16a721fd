import { describe, expect, it } from "vitest";
import { classLabelsOf, isForEveryone, isInMealAudience } from "./meal-audience.ts";

const everyone = { class_labels: "", min_age_years: null, max_age_years: null };

describe("who a meal offer is for (issue 12 §1)", () => {
	it("reads comma-separated labels, trimmed, without empties", () => {
		expect(classLabelsOf(" maternelle, ,Primaire ,")).toEqual(["maternelle", "Primaire"]);
		expect(isForEveryone(everyone)).toBe(true);
		expect(isForEveryone({ ...everyone, class_labels: " , " })).toBe(true);
		expect(isForEveryone({ ...everyone, max_age_years: 6 })).toBe(false);
	});

	it("matches a label inside the school class, ignoring case; no class is no match", () => {
		const primary = { ...everyone, class_labels: "primaire, P1" };
		expect(isInMealAudience(primary, { birthDate: null, schoolClass: "3e Primaire" }, "2027-01-11")).toBe(true);
		expect(isInMealAudience(primary, { birthDate: null, schoolClass: "p1 B" }, "2027-01-11")).toBe(true);
		expect(isInMealAudience(primary, { birthDate: null, schoolClass: "2e maternelle" }, "2027-01-11")).toBe(false);
		expect(isInMealAudience(primary, { birthDate: null, schoolClass: null }, "2027-01-11")).toBe(false);
	});

	it("counts ages on the day in whole years: a maximum of 6 includes 6 years and 11 months", () => {
		const toddlers = { ...everyone, min_age_years: 3, max_age_years: 6 };
		const child = (birthDate: string) => ({ birthDate, schoolClass: null });
		// Born 12/01/2021: 5 years old on 11/01/2027, 6 on 12/01/2027…
		expect(isInMealAudience(toddlers, child("2021-01-12"), "2027-01-11")).toBe(true);
		// …born 12/01/2020: 6 years and 11 months on 11/01/2027, 7 the next day.
		expect(isInMealAudience(toddlers, child("2020-01-12"), "2027-01-11")).toBe(true);
		expect(isInMealAudience(toddlers, child("2020-01-12"), "2027-01-12")).toBe(false);
		// Born 12/01/2024: not yet 3 on 11/01/2027, 3 on 12/01/2027.
		expect(isInMealAudience(toddlers, child("2024-01-12"), "2027-01-11")).toBe(false);
		expect(isInMealAudience(toddlers, child("2024-01-12"), "2027-01-12")).toBe(true);
		// An age limit with no birth date known excludes the child.
		expect(isInMealAudience(toddlers, { birthDate: null, schoolClass: null }, "2027-01-11")).toBe(false);
	});
});
