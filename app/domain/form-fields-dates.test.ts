import { afterEach, describe, expect, it } from "vitest";
import { pinClock } from "#app/infra/clock.ts";
import { generalDataSchema, medicalDataSchema } from "./families/dossier-input.ts";
import { pastDate, yearsBefore } from "./form-fields.ts";

afterEach(() => pinClock(undefined));

const messagesOf = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
	result.error?.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`) ?? [];

describe("pastDate", () => {
	it("accepts today in Brussels and refuses tomorrow", () => {
		// 23:30 UTC on 30 November is already 1 December in Brussels.
		pinClock("2026-11-30T23:30:00Z");
		const schema = pastDate(30);
		expect(schema.safeParse("2026-12-01").success).toBe(true);
		expect(schema.safeParse("2026-12-02").error?.issues[0]?.message).toBe("validation.dateInFuture");
	});

	it("refuses dates older than the limit, and impossible dates as before", () => {
		pinClock("2026-11-27T10:00:00Z");
		const schema = pastDate(30);
		expect(schema.safeParse("1996-11-27").success).toBe(true);
		expect(schema.safeParse("1996-11-26").error?.issues[0]?.message).toBe("validation.dateTooOld");
		expect(schema.safeParse("1900-01-01").error?.issues[0]?.message).toBe("validation.dateTooOld");
		expect(schema.safeParse("2026-02-30").error?.issues[0]?.message).toBe("validation.date");
	});

	it("counts years back from 29 February", () => {
		expect(yearsBefore("2028-02-29", 1)).toBe("2027-02-28");
		expect(yearsBefore("2028-02-29", 4)).toBe("2024-02-29");
	});
});

describe("dates of past events in the dossier forms", () => {
	it("refuses a tetanus booster in the future, on its field", () => {
		pinClock("2026-11-27T10:00:00Z");
		expect(messagesOf(medicalDataSchema.safeParse({ tetanusLastBooster: "2030-05-01" }))).toEqual([
			"tetanusLastBooster:validation.dateInFuture",
		]);
		expect(messagesOf(medicalDataSchema.safeParse({ tetanusLastBooster: "1950-05-01" }))).toEqual([
			"tetanusLastBooster:validation.dateTooOld",
		]);
		expect(medicalDataSchema.safeParse({ tetanusLastBooster: "2024-09-12" }).success).toBe(true);
	});

	it("refuses a birth date in the future or absurdly old, on its field", () => {
		pinClock("2026-11-27T10:00:00Z");
		const base = { lastName: "Dupont" };
		expect(messagesOf(generalDataSchema.safeParse({ ...base, birthDate: "2027-01-01" }))).toEqual([
			"birthDate:validation.dateInFuture",
		]);
		expect(messagesOf(generalDataSchema.safeParse({ ...base, birthDate: "1901-01-01" }))).toEqual([
			"birthDate:validation.dateTooOld",
		]);
		expect(generalDataSchema.safeParse({ ...base, birthDate: "2020-08-22" }).success).toBe(true);
	});

	it("refuses a national number whose birth date is more than 30 years back", () => {
		pinClock("2026-11-27T10:00:00Z");
		// 85.07.30-033.28: born 30 July 1985, a valid number, but no child's.
		const result = generalDataSchema.safeParse({ lastName: "Dupont", nationalNumber: "85073003328" });
		expect(messagesOf(result)).toEqual(["nationalNumber:families.nationalNumber.tooOld"]);
	});
});
