import fs from "node:fs";
import path from "node:path";

/** The smallest PDF the content checks accept: no JavaScript, no launch action. */
export const plainPdf = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");

/** Every file under `directory` (relative paths), or none when it does not exist. */
export function filesIn(directory: string): string[] {
	if (!fs.existsSync(directory)) return [];
	return fs
		.readdirSync(directory, { recursive: true })
		.filter((entry) => fs.statSync(path.join(directory, String(entry))).isFile()) as string[];
}
