/**
 * CSV for spreadsheets: semicolon-separated (what Excel expects with a Belgian locale), a BOM
 * so accents survive, every field quoted, and cells that a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR) defused with a leading apostrophe.
 */
export function csvField(value: string | number | null | undefined): string {
	let text = value === null || value === undefined ? "" : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
	const lines = [header, ...rows].map((row) => row.map(csvField).join(";"));
	return `\uFEFF${lines.join("\r\n")}\r\n`;
}
