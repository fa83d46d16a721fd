/**
 * Certificates on A4: the tax certificate 281.86 (« attestation frais de garde d'enfants ») and
 * the mutuality certificate of participation share this layout. A title block (title, subtitle,
 * reference), then numbered frames (« Cadre I », « Cadre II »…) of label/value rows, an optional
 * table (the periods of care) with its total, notes, and a place to date, sign and stamp. Every
 * text arrives translated and formatted; this module only lays it out.
 */
import { drawLetterhead, drawText, heightOfText, pdfColors, type RenderPdfOptions, renderPdf } from "./pdf.server.ts";

export type CertificateFrame = {
	/** « Cadre I – Certification ». */
	heading: string;
	/** A sentence under the heading, or empty. */
	intro: string;
	rows: { label: string; value: string }[];
};

export type CertificateTable = {
	columns: string[];
	rows: string[][];
	/** The last row, in bold (« Total »), or null. */
	total: string[] | null;
};

export type CertificatePdfInput = {
	/** BCP 47, e.g. `fr-BE`. */
	languageTag: string;
	/** « Attestation 281.86 »; also the PDF's title. */
	title: string;
	/** « Frais de garde d'enfants – année des revenus 2025 ». */
	subtitle: string;
	/** « N° d'ordre 2025/0003 », top right. */
	reference: string;
	groupName: string;
	frames: CertificateFrame[];
	/** Drawn after the frame of the same index (the periods after cadre III), or null. */
	table: { afterFrame: number; heading: string; table: CertificateTable } | null;
	notes: string[];
	/** « Certifié sincère et exact », then « Date, signature et cachet ». */
	signature: { statement: string; label: string; image?: Buffer | null };
	footer: string;
};

const colors = pdfColors;
const ruleColor = "#d6d3d1";

type Layout = { left: number; width: number; bottom: number };

function ensureRoom(doc: PDFKit.PDFDocument, layout: Layout, height: number) {
	if (doc.y + height > layout.bottom) {
		doc.addPage();
		doc.y = doc.page.margins.top;
	}
}

function drawFrame(doc: PDFKit.PDFDocument, layout: Layout, frame: CertificateFrame) {
	const padding = 9;
	const labelWidth = 170;
	const inner = layout.width - 2 * padding;
	const valueWidth = inner - labelWidth;
	const rowHeight = (row: { label: string; value: string }) =>
		Math.max(
			heightOfText(doc.fontSize(9), row.label, "regular", labelWidth - 8),
			heightOfText(doc.fontSize(9.5), row.value || " ", "bold", valueWidth),
		) + 2;
	const headingHeight = heightOfText(doc.fontSize(10.5), frame.heading, "bold", inner);
	const introHeight = frame.intro ? heightOfText(doc.fontSize(9), frame.intro, "regular", inner) + 6 : 0;
	const height =
		2 * padding + headingHeight + 4 + introHeight + frame.rows.reduce((sum, row) => sum + rowHeight(row), 0);
	ensureRoom(doc, layout, height + 10);
	const top = doc.y;
	doc.rect(layout.left, top, layout.width, height).lineWidth(1).stroke(colors.boxBorder);
	let y = top + padding;
	doc.fillColor(colors.brand).fontSize(10.5);
	drawText(doc, frame.heading, layout.left + padding, y, { weight: "bold", width: inner });
	y += headingHeight + 4;
	if (frame.intro) {
		doc.fillColor(colors.muted).fontSize(9);
		drawText(doc, frame.intro, layout.left + padding, y, { width: inner });
		y += introHeight;
	}
	for (const row of frame.rows) {
		doc.fillColor(colors.muted).fontSize(9);
		drawText(doc, row.label, layout.left + padding, y + 1, { width: labelWidth - 8 });
		doc.fillColor(colors.text).fontSize(9.5);
		drawText(doc, row.value, layout.left + padding + labelWidth, y, { weight: "bold", width: valueWidth });
		y += rowHeight(row);
	}
	doc.x = layout.left;
	doc.y = top + height + 8;
}

function drawTable(doc: PDFKit.PDFDocument, layout: Layout, heading: string, table: CertificateTable) {
	const count = table.columns.length;
	// The first column (the dates) takes the room it needs; numbers are right-aligned.
	const firstWidth = layout.width * 0.34;
	const otherWidth = (layout.width - firstWidth) / Math.max(1, count - 1);
	const x = (index: number) => layout.left + (index === 0 ? 0 : firstWidth + (index - 1) * otherWidth);
	const width = (index: number) => (index === 0 ? firstWidth : otherWidth) - 6;
	ensureRoom(doc, layout, 60);
	doc.fillColor(colors.brand).fontSize(11);
	drawText(doc, heading, layout.left, doc.y, { weight: "bold", width: layout.width });
	doc.moveDown(0.3);
	const drawRow = (cells: string[], weight: "regular" | "bold", size: number, color: string) => {
		const height =
			Math.max(...cells.map((cell, index) => heightOfText(doc.fontSize(size), cell, weight, width(index)))) + 5;
		ensureRoom(doc, layout, height);
		const top = doc.y;
		cells.forEach((cell, index) => {
			doc.fillColor(color).fontSize(size);
			drawText(doc, cell, x(index), top + 3, { weight, width: width(index), align: index === 0 ? "left" : "right" });
		});
		doc
			.moveTo(layout.left, top + height)
			.lineTo(layout.left + layout.width, top + height)
			.lineWidth(0.5)
			.stroke(ruleColor);
		doc.x = layout.left;
		doc.y = top + height;
	};
	drawRow(table.columns, "bold", 8.5, colors.muted);
	for (const row of table.rows) drawRow(row, "regular", 9.5, colors.text);
	if (table.total) drawRow(table.total, "bold", 9.5, colors.text);
	doc.moveDown(0.8);
}

function drawCertificate(doc: PDFKit.PDFDocument, input: CertificatePdfInput) {
	const left = doc.page.margins.left;
	const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
	const layout: Layout = { left, width, bottom: doc.page.height - doc.page.margins.bottom };
	const ruleY = drawLetterhead(doc, left, width, input.groupName);
	doc.fillColor(colors.brand).fontSize(18);
	drawText(doc, input.title, left, ruleY + 18, { weight: "bold", width: width - 170 });
	doc.fillColor(colors.text).fontSize(10);
	drawText(doc, input.reference, left + width - 170, ruleY + 22, { weight: "bold", width: 170, align: "right" });
	doc.fillColor(colors.muted).fontSize(11);
	drawText(doc, input.subtitle, left, Math.max(doc.y, ruleY + 44), { width });
	doc.moveDown(0.8);
	input.frames.forEach((frame, index) => {
		drawFrame(doc, layout, frame);
		if (input.table && input.table.afterFrame === index) drawTable(doc, layout, input.table.heading, input.table.table);
	});
	doc.fillColor(colors.muted).fontSize(8.5);
	for (const note of input.notes) {
		ensureRoom(doc, layout, 24);
		drawText(doc, note, left, doc.y, { width, lineGap: 1 });
		doc.moveDown(0.3);
	}
	doc.moveDown(0.4);
	// The signature box and the footer under it stay together, on this page or the next.
	ensureRoom(doc, layout, 78 + heightOfText(doc.fontSize(8.5), input.footer, "regular", width));
	const top = doc.y;
	doc.fillColor(colors.text).fontSize(10);
	drawText(doc, input.signature.statement, left, top, { weight: "bold", width: width / 2 - 12 });
	const boxLeft = left + width / 2;
	doc
		.rect(boxLeft, top, width / 2, 70)
		.lineWidth(0.75)
		.dash(3, { space: 3 })
		.stroke(colors.muted)
		.undash();
	doc.fillColor(colors.muted).fontSize(8.5);
	drawText(doc, input.signature.label, boxLeft + 8, top + 6, { width: width / 2 - 16 });
	// The organiser's scanned signature and stamp, fitted under the label (PNG or JPEG).
	if (input.signature.image)
		doc.image(input.signature.image, boxLeft + 8, top + 18, {
			fit: [width / 2 - 16, 48],
			align: "center",
			valign: "center",
		});
	doc.x = left;
	doc.y = top + 78;
	doc.fillColor(colors.muted).fontSize(8.5);
	drawText(doc, input.footer, left, doc.y, { width });
}

/** A certificate (tax 281.86 or mutuality) as a PDF file. */
export function renderCertificate(
	input: CertificatePdfInput,
	pdfOptions: Pick<RenderPdfOptions, "compress"> = {},
): Promise<Buffer> {
	return renderPdf((doc) => drawCertificate(doc, input), {
		...pdfOptions,
		title: `${input.title} ${input.reference}`.trim(),
		language: input.languageTag,
	});
}
