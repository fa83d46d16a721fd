import { describe, expect, it } from "vitest";
import { nameKey } from "./name-key.ts";

describe("nameKey", () => {
	it("ignores case, accents, spaces and hyphens", () => {
		expect(nameKey("De Smet-Müller", "Zoé")).toBe("desmetmuller|zoe");
		expect(nameKey("De Smet-Müller", "Zoé")).toBe(nameKey("desmetmuller", "ZOE"));
		expect(nameKey("DE  SMET – MULLER", "zoë")).toBe("desmetmuller|zoe");
	});

	it.each([
		["D'Hondt", "dhondt"],
		["D’Hondt", "dhondt"],
		["d´hondt", "dhondt"],
		["St. Pierre", "stpierre"],
		["Van\u00A0den Bossche", "vandenbossche"],
		["Çelik", "celik"],
		["Nguyễn", "nguyen"],
		["Łukasz", "lukasz"],
		["Strauß", "strauss"],
		["Lætitia", "laetitia"],
		["Cœur", "coeur"],
		["Østergaard", "ostergaard"],
		["YILDIZ", "yildiz"],
		["Yıldız", "yildiz"],
	])("compacts %j to %j", (lastName, key) => {
		expect(nameKey(lastName)).toBe(`${key}|`);
	});

	it("composed and decomposed accents give the same key", () => {
		expect(nameKey("Ame\u0301lie")).toBe(nameKey("Amélie"));
	});

	it("keeps the first name apart from the last name", () => {
		expect(nameKey("Martin", "Louis")).not.toBe(nameKey("Martinlouis"));
		expect(nameKey("Martin", "Louis")).not.toBe(nameKey("Louis", "Martin"));
	});

	it("gives `lastname|` without a first name", () => {
		expect(nameKey("De Smet")).toBe("desmet|");
		expect(nameKey("De Smet", null)).toBe("desmet|");
		expect(nameKey("De Smet", "")).toBe("desmet|");
		expect(nameKey("De Smet", " - ")).toBe("desmet|");
	});

	it("keeps other characters, so different names stay different", () => {
		expect(nameKey("Dupont", "Anne")).not.toBe(nameKey("Dupond", "Anne"));
		expect(nameKey("O'Brien (2)")).toBe("obrien(2)|");
	});
});
