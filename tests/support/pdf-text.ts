import { execFileSync } from "node:child_process";

/**
 * The text of a PDF as a reader's viewer extracts it, by poppler's `pdftotext` (package
 * poppler-utils), in reading order, UTF-8. Bidi marks that poppler puts around right-to-left
 * text are dropped.
 */
export function pdfText(pdf: Uint8Array): string {
	try {
		return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf, encoding: "utf8" }).replace(
			/[\u202A-\u202E\u2066-\u2069]/g,
			"",
		);
	} catch (error) {
		throw new Error(`pdftotext (poppler-utils) failed or is not installed: ${String(error)}`);
	}
}

/** The text without any white space: lines wrap where pdfkit decides. */
export function squashedPdfText(pdf: Uint8Array): string {
	return squash(pdfText(pdf));
}

export function squash(text: string): string {
	return text.replace(/\s+/g, "");
}

/** How many pages the PDF has (pdfkit writes one `/Type /Page` object each). */
export function pageCount(pdf: Uint8Array): number {
	return (
		Buffer.from(pdf)
			.toString("latin1")
			.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
	);
}
