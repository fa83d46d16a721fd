import { describe, expect, it } from "vitest";
import { EXCERPT_LENGTH, excerptOf } from "./message-input.ts";

describe("message excerpt", () => {
	it("keeps a short message whole, on one line", () => {
		expect(excerptOf("Bonjour,\n\nNino sera absent lundi.")).toBe("Bonjour, Nino sera absent lundi.");
	});

	it("cuts a long message at a word", () => {
		const excerpt = excerptOf("mot ".repeat(100));
		expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
		expect(excerpt.endsWith("mot…")).toBe(true);
	});
});
