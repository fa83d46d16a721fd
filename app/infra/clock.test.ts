import { afterEach, describe, expect, it } from "vitest";
import { dateInBrussels, now, pinClock, startOfDayInBrussels } from "./clock.ts";

afterEach(() => pinClock(undefined));

describe("clock", () => {
	it("can be pinned by tests", () => {
		pinClock("2027-07-01T08:00:00Z");
		expect(now().toISOString()).toBe("2027-07-01T08:00:00.000Z");
	});

	it("knows the Brussels calendar date around midnight", () => {
		expect(dateInBrussels(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
		expect(dateInBrussels(new Date("2027-07-01T21:59:00Z"))).toBe("2027-07-01");
	});

	it("starts a Brussels day at the right UTC instant in winter and in summer", () => {
		expect(startOfDayInBrussels("2026-12-24")).toBe("2026-12-23T23:00:00.000Z");
		expect(startOfDayInBrussels("2027-07-05")).toBe("2027-07-04T22:00:00.000Z");
		expect(startOfDayInBrussels("2027-03-28")).toBe("2027-03-27T23:00:00.000Z");
	});
});

describe("Brussels wall-clock times", () => {
	it("converts both ways, winter and summer", async () => {
		const { brusselsTimeToIso, isoToBrusselsTime } = await import("./clock.ts");
		expect(brusselsTimeToIso("2026-12-01T09:00")).toBe("2026-12-01T08:00:00.000Z");
		expect(brusselsTimeToIso("2027-07-01T09:00")).toBe("2027-07-01T07:00:00.000Z");
		expect(isoToBrusselsTime("2027-07-01T07:00:00.000Z")).toBe("2027-07-01T09:00");
		expect(isoToBrusselsTime("2026-12-01T08:00:00.000Z")).toBe("2026-12-01T09:00");
	});
});
