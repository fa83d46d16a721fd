import ExcelJS from "exceljs";
import { isoToBrusselsTime } from "./clock.ts";

/**
 * A cell: text, a number, or a typed value written as a real spreadsheet value — a calendar
 * date (`YYYY-MM-DD`, shown dd/mm/yyyy), an instant (ISO UTC, shown as Brussels wall-clock
 * time dd/mm/yyyy hh:mm), or an amount in integer cents (written as euros, two decimals).
 */
export type XlsxCell = string | number | null | undefined | { date: string } | { instant: string } | { cents: number };

export const xlsxFormats = { date: "dd/mm/yyyy", instant: "dd/mm/yyyy hh:mm", euros: "#,##0.00" } as const;

/** A `YYYY-MM-DD[THH:MM]` wall-clock time as the Date Excel stores (it has no time zones). */
function wallClock(value: string): Date {
	const [date = "", time = "00:00"] = value.split("T");
	const [year, month, day] = date.split("-").map(Number);
	const [hours, minutes] = time.split(":").map(Number);
	return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, hours ?? 0, minutes ?? 0));
}

function written(cell: XlsxCell): { value: ExcelJS.CellValue; numFmt?: string; width: number } {
	if (cell === null || cell === undefined) return { value: "", width: 0 };
	if (typeof cell === "string" || typeof cell === "number") return { value: cell, width: String(cell).length };
	if ("date" in cell) return { value: wallClock(cell.date), numFmt: xlsxFormats.date, width: 10 };
	if ("instant" in cell)
		return { value: wallClock(isoToBrusselsTime(cell.instant)), numFmt: xlsxFormats.instant, width: 16 };
	return { value: cell.cents / 100, numFmt: xlsxFormats.euros, width: 10 };
}

/** Characters a worksheet name may not hold; Excel also caps it at 31 characters. */
const forbiddenInSheetName = /[[\]:*?/\\]/g;

/**
 * A one-sheet workbook (Excel, LibreOffice): a bold header row that stays in view while
 * scrolling, columns about as wide as their content. Every cell is written as a value, never
 * as a formula, so text typed by families cannot run in the spreadsheet (unlike CSV, which
 * needs `csvField`'s defusing). Dates, instants and amounts are real values with a format
 * (see `XlsxCell`), so spreadsheets sort and sum them.
 */
export async function toXlsx(options: {
	sheetName: string;
	header: string[];
	rows: XlsxCell[][];
}): Promise<Uint8Array<ArrayBuffer>> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = "Ribambelle";
	// Excel also refuses a name that starts or ends with an apostrophe, and « History ».
	const cleaned = options.sheetName
		.replace(forbiddenInSheetName, " ")
		.trim()
		.slice(0, 31)
		.replace(/^'+|'+$/g, "")
		.trim();
	const name = cleaned && cleaned.toLowerCase() !== "history" ? cleaned : "Export";
	const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
	sheet.addRow(options.header).font = { bold: true };
	const widths = options.header.map((title) => title.length);
	for (const row of options.rows) {
		const cells = row.map(written);
		const added = sheet.addRow(cells.map((cell) => cell.value));
		cells.forEach((cell, index) => {
			if (cell.numFmt) added.getCell(index + 1).numFmt = cell.numFmt;
			widths[index] = Math.max(widths[index] ?? 0, cell.width);
		});
	}
	widths.forEach((width, index) => {
		sheet.getColumn(index + 1).width = Math.min(60, Math.max(8, width + 2));
	});
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
