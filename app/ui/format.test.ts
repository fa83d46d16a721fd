import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDayOf } from "./format.ts";

describe("dates in each language", () => {
	it.each([
		["fr", "30/11/2026", "30/11/2026 23:57"],
		["nl", "30/11/2026", "30/11/2026, 23:57"],
		["de", "30.11.2026", "30.11.2026, 23:57"],
		["en", "30/11/2026", "30/11/2026, 23:57"],
	])("writes %s dates with a four-digit year", (language, day, instant) => {
		expect(formatDate("2026-11-30", language)).toBe(day);
		expect(formatDayOf("2026-11-30T22:57:00Z", language)).toBe(day);
		// 22:57 UTC is 23:57 in Brussels in winter.
		expect(formatDateTime("2026-11-30T22:57:00Z", language)).toBe(instant);
	});
});
