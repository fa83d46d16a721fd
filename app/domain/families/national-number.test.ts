import { describe, expect, it } from "vitest";
import { formatNationalNumber, normalizeNationalNumber, parseNationalNumber } from "./national-number.ts";

const today = "2026-06-15";
const parse = (input: string) => parseNationalNumber(input, { today });

describe("normalizeNationalNumber", () => {
	it("strips spaces, dots and dashes", () => {
		expect(normalizeNationalNumber(" 85.07.30-033.28 ")).toBe("85073003328");
		expect(normalizeNationalNumber("85 07 30 033 28")).toBe("85073003328");
		expect(normalizeNationalNumber("85.07.30–033.28")).toBe("85073003328");
	});

	it("leaves other characters for the parser to reject", () => {
		expect(normalizeNationalNumber("85.07.3O-033.28")).toBe("85073O03328");
	});
});

describe("parseNationalNumber", () => {
	it("reads a number of someone born before 2000", () => {
		expect(parse("85.07.30-033.28")).toEqual({
			ok: true,
			digits: "85073003328",
			birthDate: "1985-07-30",
			sex: "M",
			bis: false,
		});
		expect(parse("85073003427")).toMatchObject({ ok: true, birthDate: "1985-07-30", sex: "F" });
	});

	it("reads a number of someone born from 2000 on (check number computed on 2 + 9 digits)", () => {
		expect(parse("19.03.15-002.94")).toEqual({
			ok: true,
			digits: "19031500294",
			birthDate: "2019-03-15",
			sex: "F",
			bis: false,
		});
		expect(parse("19031500195")).toMatchObject({ ok: true, birthDate: "2019-03-15", sex: "M" });
	});

	it("reads a BIS number allocated without knowing the sex (month + 20)", () => {
		expect(parse("92.25.14-006.32")).toEqual({
			ok: true,
			digits: "92251400632",
			birthDate: "1992-05-14",
			sex: null,
			bis: true,
		});
		expect(parse("00.22.29-004.85")).toMatchObject({ ok: true, birthDate: "2000-02-29", sex: null, bis: true });
	});

	it("reads a BIS number allocated knowing the sex (month + 40)", () => {
		expect(parse("01.46.05-123.02")).toEqual({
			ok: true,
			digits: "01460512302",
			birthDate: "2001-06-05",
			sex: "M",
			bis: true,
		});
	});

	it("accepts an unknown month or day, without a birth date", () => {
		expect(parse("60.00.00-045.51")).toMatchObject({ ok: true, birthDate: null, sex: "M", bis: false });
		expect(parse("90.01.00-010.44")).toMatchObject({ ok: true, birthDate: null, sex: "F" });
		expect(parse("05.20.00-008.72")).toMatchObject({ ok: true, birthDate: null, sex: null, bis: true });
	});

	it("tells the century by the check number: 29 February exists in 2000, not in 1900", () => {
		expect(parse("00.02.29-004.42")).toMatchObject({ ok: true, birthDate: "2000-02-29" });
		expect(parse("00.02.29-004.13")).toEqual({ ok: false, reason: "date" });
	});

	it.each([
		["85.07.30-033.29", "last digit wrong"],
		["85.07.30-034.28", "sequence changed"],
		["58.07.30-033.28", "digits swapped"],
	])("rejects a wrong check number: %s (%s)", (input) => {
		expect(parse(input)).toEqual({ ok: false, reason: "checksum" });
	});

	it.each([
		["85.15.30-033.84", "month 15"],
		["85.02.30-033.90", "30 February"],
		["85.35.30-033.30", "BIS month 15 + 20"],
		["85.55.30-033.73", "BIS month 15 + 40"],
		["85.60.30-033.11", "month 60"],
	])("rejects an impossible date: %s (%s)", (input) => {
		expect(parse(input)).toEqual({ ok: false, reason: "date" });
	});

	it("rejects a birth date after today, which the injected date decides", () => {
		expect(parse("30.01.01-007.47")).toEqual({ ok: false, reason: "date" });
		expect(parseNationalNumber("24.05.10-002.72", { today: "2024-05-10" })).toMatchObject({ ok: true });
		expect(parseNationalNumber("24.05.10-002.72", { today: "2024-05-09" })).toEqual({ ok: false, reason: "date" });
	});

	it("uses today's date by default", () => {
		expect(parseNationalNumber("85.07.30-033.28")).toMatchObject({ ok: true });
	});

	it.each([
		["", "empty"],
		["8507300332", "10 digits"],
		["850730033280", "12 digits"],
		["85.07.3O-033.28", "a letter O"],
		["85/07/30 033 28", "slashes"],
		["00000000000", "all zeros"],
		["11.03.11-000.??", "letters"],
		["85.07.30-000.61", "sequence 000"],
		["85.07.30-999.32", "sequence 999"],
	])("rejects a malformed number: %j (%s)", (input) => {
		expect(parse(input)).toEqual({ ok: false, reason: "format" });
	});
});

describe("formatNationalNumber", () => {
	it("prints YY.MM.DD-SSS.CC", () => {
		expect(formatNationalNumber("85073003328")).toBe("85.07.30-033.28");
		expect(formatNationalNumber("85 07 30 033 28")).toBe("85.07.30-033.28");
	});

	it("returns anything else unchanged", () => {
		expect(formatNationalNumber("123")).toBe("123");
	});
});
