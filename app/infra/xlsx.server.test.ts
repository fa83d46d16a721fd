import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toXlsx } from "./xlsx.server.ts";

async function sheetNameOf(sheetName: string): Promise<string | undefined> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await toXlsx({ sheetName, header: ["Enfant"], rows: [["Zoé"]] })).buffer);
	return workbook.worksheets[0]?.name;
}

describe("toXlsx", () => {
	it("accepts any offer title as the sheet's name", async () => {
		expect(await sheetNameOf("'t Zonnetje: speelpleinwerking")).toBe("t Zonnetje  speelpleinwerking");
		expect(await sheetNameOf("Stage « d'")).toBe("Stage « d");
		expect(await sheetNameOf("History")).toBe("Export");
		expect(await sheetNameOf("[]*?/\\:")).toBe("Export");
	});
});

describe("typed cells", () => {
	it("writes dates, Brussels times and euros as values with a format", async () => {
		const workbook = new ExcelJS.Workbook();
		const rows = [[{ date: "2020-02-29" }, { instant: "2027-07-05T07:30:00.000Z" }, { cents: 8550 }]];
		await workbook.xlsx.load((await toXlsx({ sheetName: "x", header: ["a", "b", "c"], rows })).buffer);
		const row = workbook.worksheets[0]?.getRow(2);
		expect(row?.getCell(1).value).toEqual(new Date(Date.UTC(2020, 1, 29)));
		expect(row?.getCell(1).numFmt).toBe("dd/mm/yyyy");
		// 07:30 UTC is 09:30 in Brussels in summer: the sheet shows the wall-clock time.
		expect(row?.getCell(2).value).toEqual(new Date(Date.UTC(2027, 6, 5, 9, 30)));
		expect(row?.getCell(3).value).toBe(85.5);
	});
});
