import { describe, expect, it } from "vitest";
import { digestTimeOf, latestDigestDay } from "./digest-time.ts";

describe("digest time", () => {
	it("is 18:00 in Brussels, whatever the offset of the day", () => {
		expect(digestTimeOf("2026-12-01")).toBe("2026-12-01T17:00:00.000Z");
		expect(digestTimeOf("2027-07-01")).toBe("2027-07-01T16:00:00.000Z");
		// The days the clocks change: 18:00 is after the change on both.
		expect(digestTimeOf("2027-03-28")).toBe("2027-03-28T16:00:00.000Z");
		expect(digestTimeOf("2027-10-31")).toBe("2027-10-31T17:00:00.000Z");
	});

	it("names today from the digest time on, yesterday before", () => {
		expect(latestDigestDay(new Date("2026-12-01T16:59:59Z"))).toBe("2026-11-30");
		expect(latestDigestDay(new Date("2026-12-01T17:00:00Z"))).toBe("2026-12-01");
		expect(latestDigestDay(new Date("2026-12-01T23:30:00Z"))).toBe("2026-12-01");
		expect(latestDigestDay(new Date("2027-03-28T15:59:00Z"))).toBe("2027-03-27");
		expect(latestDigestDay(new Date("2027-03-28T16:00:00Z"))).toBe("2027-03-28");
		// 00:30 in Brussels on 1 November is still 31 October in UTC.
		expect(latestDigestDay(new Date("2027-10-31T23:30:00Z"))).toBe("2027-10-31");
	});
});
