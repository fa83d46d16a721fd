import { describe, expect, it } from "vitest";
import { availability, placeRegistration } from "./capacity.ts";

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
		expect(availability({ ...base, placesTaken: 2 })).toEqual({ kind: "free", placesLeft: 3 });
		expect(availability({ ...base, placesTaken: 5 })).toEqual({ kind: "waiting" });
		expect(availability({ ...base, placesTaken: 5, waitingCount: 1 })).toEqual({ kind: "full" });
	});
});
