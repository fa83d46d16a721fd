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
