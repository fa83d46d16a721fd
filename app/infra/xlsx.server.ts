import ExcelJS from "exceljs";

type Cell = string | number | null | undefined;

/** Characters a worksheet name may not hold; Excel also caps it at 31 characters. */
const forbiddenInSheetName = /[[\]:*?/\\]/g;

/**
 * A one-sheet workbook (Excel, LibreOffice): a bold header row that stays in view while
 * scrolling, columns about as wide as their content. Every cell is written as a value, never
 * as a formula, so text typed by families cannot run in the spreadsheet (unlike CSV, which
 * needs `csvField`'s defusing).
 */
export async function toXlsx(options: {
	sheetName: string;
	header: string[];
	rows: Cell[][];
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
	for (const row of options.rows) sheet.addRow(row.map((cell) => cell ?? ""));
	options.header.forEach((title, index) => {
		const longest = options.rows.reduce(
			(widest, row) => Math.max(widest, String(row[index] ?? "").length),
			title.length,
		);
		sheet.getColumn(index + 1).width = Math.min(60, Math.max(8, longest + 2));
	});
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
