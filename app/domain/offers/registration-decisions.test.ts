import { describe, expect, it } from "vitest";
import { decisionsFor } from "./registration-decisions.ts";

const roomy = { capacity: 5, placesTaken: 2, waitingListSize: 2, waitingCount: 0 };

describe("decisionsFor", () => {
	it("offers what each state allows", () => {
		expect(decisionsFor("pending", roomy)).toEqual(["accept", "wait", "refuse", "cancel"]);
		expect(decisionsFor("accepted", roomy)).toEqual(["wait", "refuse", "cancel"]);
		expect(decisionsFor("waiting", roomy)).toEqual(["accept", "refuse", "cancel"]);
		expect(decisionsFor("refused", roomy)).toEqual([]);
		expect(decisionsFor("cancelled", roomy)).toEqual([]);
	});

	it("does not offer a place that is not free, nor a full waiting list", () => {
		const full = { capacity: 5, placesTaken: 5, waitingListSize: 2, waitingCount: 2 };
		expect(decisionsFor("waiting", full)).toEqual(["refuse", "cancel"]);
		expect(decisionsFor("accepted", full)).toEqual(["refuse", "cancel"]);
		// A pending registration already holds its place.
		expect(decisionsFor("pending", full)).toEqual(["accept", "refuse", "cancel"]);
	});
});
