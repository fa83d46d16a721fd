import { describe, expect, it } from "vitest";
import { isValidGroupCode, normalizeGroupCode } from "./group-code.ts";

describe("group codes", () => {
	it("ignores case and surrounding spaces", () => {
		expect(normalizeGroupCode("  Limbourg ")).toBe("LIMBOURG");
		expect(isValidGroupCode("limBOURG")).toBe(true);
	});

	it.each(["LIM BOURG", "LIMB0URG", "LIMBOURG!", "Liège", "AB", "A".repeat(21), ""])(
		"rejects %j: letters A-Z only, 3 to 20 of them",
		(code) => {
			expect(isValidGroupCode(code)).toBe(false);
		},
	);
});
