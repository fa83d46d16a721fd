/**
 * The confirmation of an accepted registration: one A4 page with the group, the camp or
 * activity in a box (kind, title, then label/value rows: child, place, dates, prices…), whom
 * to contact and when it was issued. Every text arrives translated and formatted; this module
 * only lays it out, names and titles as typed, in any script (decision 021).
 */
import { drawLetterhead, drawText, heightOfText, pdfColors, type RenderPdfOptions, renderPdf } from "./pdf.server.ts";

export type RegistrationConfirmationInput = {
	/** BCP 47, e.g. `fr-BE`. */
	languageTag: string;
	/** Also the PDF's title. */
	title: string;
	groupName: string;
	intro: string;
	/** « Stage », « Activité ». */
	kindLabel: string;
	offerTitle: string;
	rows: { label: string; value: string }[];
	contactTitle: string;
	contactLines: string[];
	footer: string;
};

const colors = pdfColors;

function drawOfferBox(
	doc: PDFKit.PDFDocument,
	layout: { left: number; width: number },
	input: Pick<RegistrationConfirmationInput, "languageTag" | "kindLabel" | "offerTitle" | "rows">,
) {
	const padding = 16;
	const labelWidth = 140;
	const inner = layout.width - 2 * padding;
	const valueWidth = inner - labelWidth;
	// A translated label: upper case of the reader's language, never of a name.
	const kind = input.kindLabel.toLocaleUpperCase(input.languageTag);
	const title = input.offerTitle;
	const rows = input.rows;
	const rowHeight = (row: { label: string; value: string }) =>
		Math.max(
			heightOfText(doc.fontSize(10), row.label, "regular", labelWidth - 8),
			heightOfText(doc.fontSize(11), row.value, "bold", valueWidth),
		) + 7;
	const titleHeight = heightOfText(doc.fontSize(16), title, "bold", inner);
	const height = 2 * padding + 14 + titleHeight + 10 + rows.reduce((sum, row) => sum + rowHeight(row), 0);
	const top = doc.y;
	doc
		.roundedRect(layout.left, top, layout.width, height, 6)
		.lineWidth(1.5)
		.fillAndStroke(colors.boxFill, colors.boxBorder);
	let y = top + padding;
	doc.fillColor(colors.brand).fontSize(9);
	drawText(doc, kind, layout.left + padding, y, { weight: "bold", width: inner, characterSpacing: 1 });
	y += 14;
	doc.fillColor(colors.text).fontSize(16);
	drawText(doc, title, layout.left + padding, y, { weight: "bold", width: inner });
	y += titleHeight + 10;
	for (const row of rows) {
		const height = rowHeight(row);
		doc.fillColor(colors.muted).fontSize(10);
		drawText(doc, row.label, layout.left + padding, y + 1, { width: labelWidth - 8 });
		doc.fillColor(colors.text).fontSize(11);
		drawText(doc, row.value, layout.left + padding + labelWidth, y, { weight: "bold", width: valueWidth });
		y += height;
	}
	doc.x = layout.left;
	doc.y = top + height;
}

function drawConfirmation(doc: PDFKit.PDFDocument, input: RegistrationConfirmationInput) {
	const left = doc.page.margins.left;
	const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
	const ruleY = drawLetterhead(doc, left, width, input.groupName);
	doc.fillColor(colors.brand).fontSize(20);
	drawText(doc, input.title, left, ruleY + 24, { weight: "bold", width });
	doc.moveDown(0.5);
	doc.fillColor(colors.text).fontSize(11);
	drawText(doc, input.intro, left, doc.y, { width, lineGap: 2 });
	doc.moveDown(1);
	drawOfferBox(doc, { left, width }, input);
	doc.moveDown(1.5);
	doc.fillColor(colors.brand).fontSize(12);
	drawText(doc, input.contactTitle, left, doc.y, { weight: "bold", width });
	doc.moveDown(0.3);
	doc.fillColor(colors.text).fontSize(11);
	for (const line of input.contactLines) drawText(doc, line, left, doc.y, { width });
	doc.moveDown(2);
	doc.fillColor(colors.muted).fontSize(9);
	drawText(doc, input.footer, left, doc.y, { width });
}

export function renderRegistrationConfirmation(
	input: RegistrationConfirmationInput,
	pdfOptions: Pick<RenderPdfOptions, "compress"> = {},
): Promise<Buffer> {
	return renderPdf((doc) => drawConfirmation(doc, input), {
		...pdfOptions,
		title: input.title,
		language: input.languageTag,
	});
}
