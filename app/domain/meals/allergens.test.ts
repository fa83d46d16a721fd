import { describe, expect, it } from "vitest";
import { allergenCodes, isAllergenCode, parseAllergens, storedAllergens } from "./allergens.ts";

describe("allergens of Regulation (EU) 1169/2011, Annex II", () => {
	it("are the fourteen of the Annex, in its order", () => {
		expect(allergenCodes).toHaveLength(14);
		expect(allergenCodes[0]).toBe("gluten");
		expect(allergenCodes[13]).toBe("molluscs");
	});

	it("are stored as codes in the Annex's order, unknown ones dropped", () => {
		expect(storedAllergens(["milk", "peanuts", "gluten", "chocolate"])).toBe("gluten,peanuts,milk");
		expect(parseAllergens("milk, eggs,,unknown")).toEqual(["eggs", "milk"]);
		expect(parseAllergens(null)).toEqual([]);
		expect(isAllergenCode("sesame")).toBe(true);
		expect(isAllergenCode("Sesame")).toBe(false);
	});
});
