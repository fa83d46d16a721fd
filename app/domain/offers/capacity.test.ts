import { describe, expect, it } from "vitest";
import { availability, fewPlacesThreshold, placeRegistration, promotesAutomatically } from "./capacity.ts";

const base = {
	capacity: 5,
	waitingListSize: 1,
	placesTaken: 0,
	waitingCount: 0,
	confirmationMode: "automatic" as const,
};

describe("placeRegistration", () => {
	it("accepts while places are free, then waits, then is full", () => {
		expect(placeRegistration(base)).toBe("accepted");
		expect(placeRegistration({ ...base, placesTaken: 4 })).toBe("accepted");
		expect(placeRegistration({ ...base, placesTaken: 5 })).toBe("waiting");
		expect(placeRegistration({ ...base, placesTaken: 5, waitingCount: 1 })).toBe("full");
	});

	it("holds a place pending the staff's decision in that mode", () => {
		expect(placeRegistration({ ...base, confirmationMode: "staff" })).toBe("pending");
	});

	it("has no waiting list when its size is zero", () => {
		expect(placeRegistration({ ...base, placesTaken: 5, waitingListSize: 0 })).toBe("full");
	});
});

describe("availability", () => {
	it("tells places left, waiting list, or full", () => {
		expect(availability({ ...base, placesTaken: 2 })).toEqual({ kind: "few", placesLeft: 3 });
		expect(availability({ ...base, placesTaken: 5 })).toEqual({ kind: "waiting" });
		expect(availability({ ...base, placesTaken: 5, waitingCount: 1 })).toEqual({ kind: "full" });
	});
});

describe("few places", () => {
	it("speaks of scarcity only near the end: never when every place of a large camp is free", () => {
		const camp = { ...base, capacity: 24 };
		expect(availability(camp)).toEqual({ kind: "free", placesLeft: 24 });
		expect(availability({ ...camp, placesTaken: 18 })).toEqual({ kind: "free", placesLeft: 6 });
		expect(availability({ ...camp, placesTaken: 19 })).toEqual({ kind: "few", placesLeft: 5 });
		expect(fewPlacesThreshold(5)).toBe(3);
		expect(fewPlacesThreshold(100)).toBe(20);
	});
});

describe("promotesAutomatically", () => {
	const camp = { status: "open", archived_at: null, first_day: "2027-07-05" };
	it("gives freed places away until the eve of the first day only", () => {
		expect(promotesAutomatically(camp, "2027-07-04")).toBe(true);
		expect(promotesAutomatically(camp, "2027-07-05")).toBe(false);
		expect(promotesAutomatically(camp, "2027-08-16")).toBe(false);
	});
	it("never into a cancelled or archived offer", () => {
		expect(promotesAutomatically({ ...camp, status: "cancelled" }, "2027-06-01")).toBe(false);
		expect(promotesAutomatically({ ...camp, archived_at: "2027-05-01T00:00:00.000Z" }, "2027-06-01")).toBe(false);
	});
});
