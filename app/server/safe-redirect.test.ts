import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect.ts";

describe("safeRedirectPath", () => {
	it("keeps paths on this site", () => {
		expect(safeRedirectPath("/children?x=1")).toBe("/children?x=1");
		expect(safeRedirectPath("/children/a/general#medical")).toBe("/children/a/general#medical");
	});

	it("resolves what a browser would resolve, and keeps it on this site", () => {
		expect(safeRedirectPath("/a/../children")).toBe("/children");
		expect(safeRedirectPath("/x\r\ny")).toBe("/xy");
		expect(safeRedirectPath("/caf\u00e9 x")).toBe("/caf%C3%A9%20x");
		expect(safeRedirectPath("/me.data")).toBe("/me");
		expect(safeRedirectPath("/children/a/general.data?x=1")).toBe("/children/a/general?x=1");
	});

	it.each([
		"https://evil.example",
		"//evil.example",
		"/\\evil.example",
		"/\t/evil.example/x",
		"/\n/evil.example/x",
		"/\r\n/evil.example",
		"\\/evil.example",
		"/%2F/evil.example",
		"/.//evil.example",
		" //evil.example",
		"children",
		"javascript:alert(1)",
		"",
		null,
		`/${"a".repeat(3000)}`,
	])("sends %j home", (target) => {
		const result = safeRedirectPath(target);
		expect(result === "/" || !result.startsWith("//")).toBe(true);
		expect(new URL(result, "https://ribambelle.be").origin).toBe("https://ribambelle.be");
		expect(result).not.toMatch(/[\r\n\t]/);
	});

	it("falls back for targets that leave the site", () => {
		expect(safeRedirectPath("/\t/evil.example/x")).toBe("/");
		expect(safeRedirectPath("//evil.example", "/children")).toBe("/children");
	});
});
