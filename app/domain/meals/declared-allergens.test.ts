import { describe, expect, it } from "vitest";
import { declaredAllergenCodes } from "./declared-allergens.ts";

describe("declaredAllergenCodes", () => {
	it("finds the Annex II allergen that parents name in their own words and language", () => {
		expect(declaredAllergenCodes(["Arachides"])).toEqual(["peanuts"]);
		expect(declaredAllergenCodes(["Allergie aux cacahuètes"])).toEqual(["peanuts"]);
		expect(declaredAllergenCodes(["Pinda's"])).toEqual(["peanuts"]);
		expect(declaredAllergenCodes(["Lait de vache (APLV)", "Noix de cajou"])).toEqual(["milk", "nuts"]);
		expect(declaredAllergenCodes(["Œufs crus"])).toEqual(["eggs"]);
		expect(declaredAllergenCodes(["Haselnüsse", "Sellerie"])).toEqual(["nuts", "celery"]);
		expect(declaredAllergenCodes(["Fruits à coque"])).toEqual(["nuts"]);
	});

	it("finds nothing in allergies outside the Annex, nor inside other words", () => {
		expect(declaredAllergenCodes(["Kiwi", "Pénicilline", "Reis", "Piqûres de guêpe"])).toEqual([]);
		expect(declaredAllergenCodes([])).toEqual([]);
	});
});
