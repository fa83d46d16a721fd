/**
 * PDF documents with pdfkit: A4, 56 pt (2 cm) margins, every text in Noto Sans (Latin, Greek,
 * Cyrillic) with Noto Sans Arabic for runs in Arabic script, both embedded from their npm
 * packages (decision 021). pdfkit embeds only the glyphs a document uses (a subset), so a
 * one-page document weighs tens of kilobytes, not the fonts' 630 kB.
 *
 * Draw every text through `drawText`: it picks the font of each run, reorders right-to-left
 * runs for display (bidi-js) and lets fontkit shape Arabic letters. Names come out as typed:
 * « Şahin-Yılmaz », « Łukasz », « Анна Петрова », « Νίκος », « ليلى حداد ».
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import bidiFactory from "bidi-js";
import PDFDocument from "pdfkit";

export type RenderPdfOptions = {
	/** The document's title in its metadata (shown by viewers in the window title). */
	title?: string;
	/** BCP 47 language of the content (`fr-BE`), for screen readers. */
	language?: string;
	/** Compress content streams (default). */
	compress?: boolean;
};

export type FontWeight = "regular" | "bold";

const require = createRequire(import.meta.url);
const fontFiles = {
	regular: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
	bold: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
	arabicRegular: "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
	arabicBold: "@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf",
} as const;
type FontName = keyof typeof fontFiles;

// fontkit as pdfkit itself loads it: pdfkit accepts its font objects in place of a file.
const fontkit = createRequire(require.resolve("pdfkit"))("fontkit") as { create(buffer: Buffer): FontkitFont };
/** What pdfkit needs of a fontkit font; shaping tables are parsed on its first layout. */
type FontkitFont = { layout(text: string): unknown };

// Parsed once per process and shared by every document: the first layout of a font reads its
// shaping tables (hundreds of milliseconds for Noto Sans), later ones reuse them. Each
// document still embeds its own subset.
let loadedFonts: Record<FontName, FontkitFont> | undefined;
function fonts(): Record<FontName, FontkitFont> {
	loadedFonts ??= Object.fromEntries(
		Object.entries(fontFiles).map(([name, file]) => [name, fontkit.create(readFileSync(require.resolve(file)))]),
	) as Record<FontName, FontkitFont>;
	return loadedFonts;
}

const latinFont: Record<FontWeight, FontName> = { regular: "regular", bold: "bold" };
const arabicFont: Record<FontWeight, FontName> = { regular: "arabicRegular", bold: "arabicBold" };

/** Selects Noto Sans of a weight (for measuring, or text known to be Latin). */
export function selectFont(doc: PDFKit.PDFDocument, weight: FontWeight): PDFKit.PDFDocument {
	return doc.font(latinFont[weight]);
}

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
	for (const [name, font] of Object.entries(fonts())) doc.registerFont(name, font as unknown as Buffer);
	selectFont(doc, "regular");
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

// Noto Sans has no arrows: between two dates or times a dash reads the same.
const substitutes: Record<string, string> = { "→": "–", "←": "–", "⇒": "–" };
const arabicScript = /[\p{Script=Arabic}]/u;
// An Arabic word with its marks; spaces and everything else go to Noto Sans.
const arabicRun = /[\p{Script=Arabic}\p{M}\u200C\u200D]+/gu;

const bidi = bidiFactory();

export type TextRun = { text: string; arabic: boolean };

/**
 * A line of text as runs to draw left to right: right-to-left stretches are put in display
 * order (Unicode bidi algorithm, left-to-right paragraph), brackets mirrored. Each Arabic word
 * is returned in its logical order, since fontkit shapes it and lays it out right to left.
 * Characters no font has become a dash (→) or stay as they are (an empty box).
 */
export function textRuns(line: string): TextRun[] {
	const text = [...line.normalize("NFC")].map((character) => substitutes[character] ?? character).join("");
	if (!arabicScript.test(text)) return [{ text, arabic: false }];
	const visual = bidi.getReorderedString(text, bidi.getEmbeddingLevels(text, "ltr"));
	const runs: TextRun[] = [];
	let last = 0;
	for (const match of visual.matchAll(arabicRun)) {
		if (match.index > last) runs.push({ text: visual.slice(last, match.index), arabic: false });
		runs.push({ text: [...match[0]].reverse().join(""), arabic: true });
		last = match.index + match[0].length;
	}
	if (last < visual.length) runs.push({ text: visual.slice(last), arabic: false });
	return runs;
}

type DrawOptions = PDFKit.Mixins.TextOptions & { weight?: FontWeight };

// pdfkit places a text's top at y: fonts with taller ascenders (Arabic) sit lower. Arabic runs
// are put on the Latin font's baseline instead.
function latinBaseline(doc: PDFKit.PDFDocument, weight: FontWeight): number {
	const font = (selectFont(doc, weight) as unknown as { _font: { ascender: number } })._font;
	return (font.ascender / 1000) * (doc as unknown as { _fontSize: number })._fontSize;
}

/**
 * Draws text like `doc.text` (at `x`, `y` when given, else where the last text ended), in
 * Noto Sans of `weight` with Noto Sans Arabic for Arabic runs. A right-to-left stretch is
 * reordered line by line (`\n`), before pdfkit wraps: it should fit the width.
 */
export function drawText(
	doc: PDFKit.PDFDocument,
	text: string,
	x?: number,
	y?: number,
	options: DrawOptions = {},
): PDFKit.PDFDocument {
	const { weight = "regular", continued = false, ...textOptions } = options;
	const lines = text.split(/\r?\n/);
	if (!arabicScript.test(text)) {
		const plain = lines.map((line) => textRuns(line)[0]?.text ?? "").join("\n");
		selectFont(doc, weight);
		return x === undefined
			? doc.text(plain, { ...textOptions, continued })
			: doc.text(plain, x, y, { ...textOptions, continued });
	}
	const left = x ?? doc.x;
	lines.forEach((line, lineIndex) => {
		const runs = textRuns(line);
		const baseline = -latinBaseline(doc, weight);
		runs.forEach((run, index) => {
			doc.font(run.arabic ? arabicFont[weight] : latinFont[weight]);
			const more = index < runs.length - 1 || (lineIndex === lines.length - 1 && continued);
			const runOptions = { ...textOptions, continued: more, ...(run.arabic ? { baseline } : {}) };
			if (index > 0) doc.text(run.text, runOptions);
			else if (lineIndex > 0) doc.text(run.text, left, doc.y, runOptions);
			else if (x !== undefined) doc.text(run.text, x, y, runOptions);
			else doc.text(run.text, runOptions);
		});
	});
	return doc;
}

/** The height `drawText` takes for this text in a width, in the current size. */
export function heightOfText(doc: PDFKit.PDFDocument, text: string, weight: FontWeight, width: number): number {
	const visual = text
		.split(/\r?\n/)
		.map((line) =>
			textRuns(line)
				.map((run) => run.text)
				.join(""),
		)
		.join("\n");
	return selectFont(doc, weight).heightOfString(visual, { width });
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
	doc.fillColor(pdfColors.brand).fontSize(14);
	drawText(doc, "Ribambelle", left, top, { weight: "bold" });
	const brandWidth = selectFont(doc, "bold").widthOfString("Ribambelle") + 24;
	doc.fillColor(pdfColors.muted).fontSize(10);
	drawText(doc, groupName, left + brandWidth, top + 3, { width: width - brandWidth, align: "right" });
	const ruleY = Math.max(doc.y, top + 18) + 6;
	doc
		.moveTo(left, ruleY)
		.lineTo(left + width, ruleY)
		.lineWidth(0.5)
		.stroke(pdfColors.muted);
	return ruleY;
}
