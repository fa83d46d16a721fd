import { describe, expect, it } from "vitest";
import { DERIVED_ENROLMENT_MONTHS, derivedEnrolmentSince, isCurrentEnrolment } from "./enrolment-rules.ts";

describe("derived enrolment", () => {
	it("lasts three calendar months after the offer's last day", () => {
		expect(DERIVED_ENROLMENT_MONTHS).toBe(3);
		expect(derivedEnrolmentSince("2027-10-09")).toBe("2027-07-09");
		expect(derivedEnrolmentSince("2027-10-10")).toBe("2027-07-10");
	});

	it("crosses the year and clamps to the end of a shorter month", () => {
		expect(derivedEnrolmentSince("2027-02-15")).toBe("2026-11-15");
		expect(derivedEnrolmentSince("2027-05-31")).toBe("2027-02-28");
		expect(derivedEnrolmentSince("2028-05-31")).toBe("2028-02-29");
		expect(derivedEnrolmentSince("2027-03-31", 1)).toBe("2027-02-28");
	});
});

describe("explicit enrolment", () => {
	it("counts until its last day included, or for good without one", () => {
		expect(isCurrentEnrolment({ ends_on: null }, "2030-01-01")).toBe(true);
		expect(isCurrentEnrolment({ ends_on: "2027-06-30" }, "2027-06-30")).toBe(true);
		expect(isCurrentEnrolment({ ends_on: "2027-06-30" }, "2027-07-01")).toBe(false);
	});
});
