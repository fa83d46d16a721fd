import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect.ts";

describe("safeRedirectPath", () => {
	it("keeps paths on this site", () => {
		expect(safeRedirectPath("/children?x=1")).toBe("/children?x=1");
	});

	it.each(["https://evil.example", "//evil.example", "/\\evil.example", "children", "", null])(
		"sends %j home",
		(target) => {
			expect(safeRedirectPath(target)).toBe("/");
		},
	);
});
