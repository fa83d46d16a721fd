/**
 * PDF documents with pdfkit: A4, 56 pt (2 cm) margins, and only the built-in fonts (Helvetica,
 * Courier…), so nothing is embedded and files stay small. Those fonts know the WinAnsi
 * characters only (Latin-1 plus a few typographic signs): pass any text that comes from users
 * through `toWinAnsi`.
 */
import PDFDocument from "pdfkit";

export type RenderPdfOptions = {
	/** The document's title in its metadata (shown by viewers in the window title). */
	title?: string;
	/** BCP 47 language of the content (`fr-BE`), for screen readers. */
	language?: string;
	/** Compress content streams (default). Tests turn it off to read the text back. */
	compress?: boolean;
};

/** Runs `draw` on a new document and resolves with the finished file. */
export function renderPdf(draw: (doc: PDFKit.PDFDocument) => void, options: RenderPdfOptions = {}): Promise<Buffer> {
	const doc = new PDFDocument({
		size: "A4",
		margin: 56,
		compress: options.compress ?? true,
		lang: options.language,
		displayTitle: options.title !== undefined,
		info: { Author: "Ribambelle", ...(options.title === undefined ? {} : { Title: options.title }) },
	});
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		doc.on("data", (chunk: Buffer) => chunks.push(chunk));
		doc.on("end", () => resolve(Buffer.concat(chunks)));
		doc.on("error", reject);
		try {
			draw(doc);
			doc.end();
		} catch (error) {
			reject(error);
		}
	});
}

// The characters of WinAnsiEncoding beyond Latin-1 (its 0x80–0x9F range).
const winAnsiExtras = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const foldedLetters: Record<string, string> = {
	Ł: "L",
	ł: "l",
	Đ: "D",
	đ: "d",
	ı: "i",
	Ő: "Ö",
	ő: "ö",
	Ű: "Ü",
	ű: "ü",
};

function isWinAnsi(character: string): boolean {
	const code = character.codePointAt(0) ?? 0;
	return (
		character === "\n" ||
		(code >= 0x20 && code <= 0x7e) ||
		(code >= 0xa0 && code <= 0xff) ||
		winAnsiExtras.includes(character)
	);
}

/**
 * Text the built-in fonts can draw: letters they lack lose their accent (ş → s, ă → a, ł → l)
 * and anything else becomes "?", rather than pdfkit printing a wrong glyph.
 */
export function toWinAnsi(text: string): string {
	let result = "";
	for (const character of text.normalize("NFC")) {
		if (isWinAnsi(character)) {
			result += character;
			continue;
		}
		if (/\s/.test(character)) {
			// The narrow no-break space of French typography keeps its meaning: no line break.
			result += character === "\u202F" ? "\u00A0" : " ";
			continue;
		}
		const folded = foldedLetters[character] ?? character.normalize("NFD").replace(/\p{M}/gu, "");
		result += folded.length > 0 && [...folded].every(isWinAnsi) ? folded : "?";
	}
	return result;
}

/** The colours of every document: the application's teal, body text, muted text, boxes. */
export const pdfColors = {
	brand: "#115e59",
	text: "#1c1917",
	muted: "#57534e",
	boxFill: "#f0fdfa",
	boxBorder: "#0f766e",
};

/**
 * The letterhead of every document: « Ribambelle » on the left, the group on the right, a
 * rule under them. Returns the rule's y, where the page's content starts.
 */
export function drawLetterhead(doc: PDFKit.PDFDocument, left: number, width: number, groupName: string): number {
	const top = doc.y;
	doc.fillColor(pdfColors.brand).font("Helvetica-Bold").fontSize(14).text("Ribambelle", left, top);
	const brandWidth = doc.widthOfString("Ribambelle") + 24;
	doc
		.fillColor(pdfColors.muted)
		.font("Helvetica")
		.fontSize(10)
		.text(groupName, left + brandWidth, top + 3, { width: width - brandWidth, align: "right" });
	const ruleY = Math.max(doc.y, top + 18) + 6;
	doc
		.moveTo(left, ruleY)
		.lineTo(left + width, ruleY)
		.lineWidth(0.5)
		.stroke(pdfColors.muted);
	return ruleY;
}
