import { describe, expect, it } from "vitest";
import { parseNationalNumber } from "#app/domain/families/national-number.ts";
import { nationalNumberFor, nextHolidays } from "./demo-calendar.ts";

describe("the demo calendar", () => {
	it("places the next Christmas and carnival holidays after today", () => {
		expect(nextHolidays("2026-11-27")).toEqual({
			winter: { name: "Vacances de Noël 2026", startsOn: "2026-12-21", endsOn: "2027-01-03" },
			carnival: { name: "Carnaval 2027", startsOn: "2027-02-08", endsOn: "2027-02-21" },
		});
	});

	it("moves to the next year once Christmas is too close", () => {
		const { winter, carnival } = nextHolidays("2026-12-20");
		expect(winter).toMatchObject({ name: "Vacances de Noël 2027", startsOn: "2027-12-27" });
		expect(carnival).toMatchObject({ name: "Carnaval 2028", startsOn: "2028-02-28" });
	});

	it("invents national numbers that pass the checksum", () => {
		expect(nationalNumberFor("2018-03-15", 123)).toBe("18031512349");
		const parsed = parseNationalNumber(nationalNumberFor("2019-06-08", 7), { today: "2026-11-27" });
		expect(parsed).toMatchObject({ ok: true, birthDate: "2019-06-08", sex: "M" });
	});
});
