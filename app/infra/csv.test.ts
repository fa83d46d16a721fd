import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv.ts";

describe("CSV", () => {
	it("quotes every field and doubles quotes", () => {
		expect(csvField('Crèche "Les Lutins"; Limbourg')).toBe('"Crèche ""Les Lutins""; Limbourg"');
		expect(csvField(null)).toBe('""');
		expect(csvField(42)).toBe('"42"');
	});

	it("defuses what a spreadsheet would run as a formula", () => {
		for (const value of ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)"]) {
			expect(csvField(value).startsWith(`"'`)).toBe(true);
		}
	});

	it("starts with a byte-order mark and ends lines with CRLF", () => {
		expect(toCsv(["a", "b"], [["1", "2"]])).toBe('\uFEFF"a";"b"\r\n"1";"2"\r\n');
	});
});
