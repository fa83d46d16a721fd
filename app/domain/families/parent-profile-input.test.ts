import { describe, expect, it } from "vitest";
import { parentProfileSchema } from "./dossier-input.ts";

const profile = {
	lastName: "Lambert",
	firstName: "Élise",
	street: "Rue de la Station",
	houseNumber: "7B",
	postalCode: "4800",
	locality: "Verviers",
	country: "BE",
	mobilePhone: "0470 12 34 56",
};

function nationalNumberOf(input: string | undefined) {
	const result = parentProfileSchema.safeParse({ ...profile, nationalNumber: input });
	return result.success
		? { ok: result.data.nationalNumber }
		: { errors: result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
}

describe("« Mes données »: the parent's national number", () => {
	it("is optional: absent or empty means none", () => {
		expect(nationalNumberOf(undefined)).toEqual({ ok: undefined });
		expect(nationalNumberOf("")).toEqual({ ok: undefined });
		expect(nationalNumberOf("   ")).toEqual({ ok: undefined });
	});

	it("keeps the 11 digits of a national or BIS number typed with separators", () => {
		expect(nationalNumberOf("85.07.30-033.28")).toEqual({ ok: "85073003328" });
		expect(nationalNumberOf("85 07 30 033 28")).toEqual({ ok: "85073003328" });
		// Born in 2001: the check number is computed on 2 followed by the first 9 digits.
		expect(nationalNumberOf("01.02.03-004.67")).toEqual({ ok: "01020300467" });
		expect(nationalNumberOf("85.47.30-033.17")).toEqual({ ok: "85473003317" });
	});

	it("says what is wrong, on the field, with the reason of the national-number rules", () => {
		expect(nationalNumberOf("85.07.30-033.29")).toEqual({
			errors: ["nationalNumber: families.nationalNumber.checksum"],
		});
		expect(nationalNumberOf("85.07.30-033")).toEqual({ errors: ["nationalNumber: families.nationalNumber.format"] });
		expect(nationalNumberOf("ABCDEFGHIJK")).toEqual({ errors: ["nationalNumber: families.nationalNumber.format"] });
		expect(nationalNumberOf("1".repeat(21))).toEqual({ errors: ["nationalNumber: families.nationalNumber.format"] });
		// 31 February 1985, with valid check digits.
		expect(nationalNumberOf("85023103360")).toEqual({ errors: ["nationalNumber: families.nationalNumber.date"] });
	});

	it("reports a wrong national number together with the other fields' mistakes", () => {
		const result = parentProfileSchema.safeParse({ ...profile, postalCode: "12", nationalNumber: "85073003329" });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["nationalNumber", "postalCode"]);
	});
});
