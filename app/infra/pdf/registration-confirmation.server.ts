/**
 * The confirmation of an accepted registration: one A4 page with the group, the camp or
 * activity in a box (kind, title, then label/value rows: child, place, dates, prices…), whom
 * to contact and when it was issued. Every text arrives translated and formatted; this module
 * only lays it out (and folds it to the built-in fonts' characters).
 */
import { drawLetterhead, pdfColors, type RenderPdfOptions, renderPdf, toWinAnsi } from "./pdf.server.ts";

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
	input: Pick<RegistrationConfirmationInput, "kindLabel" | "offerTitle" | "rows">,
) {
	const padding = 16;
	const labelWidth = 140;
	const inner = layout.width - 2 * padding;
	const valueWidth = inner - labelWidth;
	const kind = toWinAnsi(input.kindLabel.toUpperCase());
	const title = toWinAnsi(input.offerTitle);
	const rows = input.rows.map((row) => ({ label: toWinAnsi(row.label), value: toWinAnsi(row.value) }));
	const rowHeight = (row: { label: string; value: string }) =>
		Math.max(
			doc
				.font("Helvetica")
				.fontSize(10)
				.heightOfString(row.label, { width: labelWidth - 8 }),
			doc.font("Helvetica-Bold").fontSize(11).heightOfString(row.value, { width: valueWidth }),
		) + 7;
	const titleHeight = doc.font("Helvetica-Bold").fontSize(16).heightOfString(title, { width: inner });
	const height = 2 * padding + 14 + titleHeight + 10 + rows.reduce((sum, row) => sum + rowHeight(row), 0);
	const top = doc.y;
	doc
		.roundedRect(layout.left, top, layout.width, height, 6)
		.lineWidth(1.5)
		.fillAndStroke(colors.boxFill, colors.boxBorder);
	let y = top + padding;
	doc
		.fillColor(colors.brand)
		.font("Helvetica-Bold")
		.fontSize(9)
		.text(kind, layout.left + padding, y, { width: inner, characterSpacing: 1 });
	y += 14;
	doc
		.fillColor(colors.text)
		.font("Helvetica-Bold")
		.fontSize(16)
		.text(title, layout.left + padding, y, { width: inner });
	y += titleHeight + 10;
	for (const row of rows) {
		const height = rowHeight(row);
		doc
			.fillColor(colors.muted)
			.font("Helvetica")
			.fontSize(10)
			.text(row.label, layout.left + padding, y + 1, { width: labelWidth - 8 });
		doc
			.fillColor(colors.text)
			.font("Helvetica-Bold")
			.fontSize(11)
			.text(row.value, layout.left + padding + labelWidth, y, { width: valueWidth });
		y += height;
	}
	doc.x = layout.left;
	doc.y = top + height;
}

function drawConfirmation(doc: PDFKit.PDFDocument, input: RegistrationConfirmationInput) {
	const left = doc.page.margins.left;
	const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
	const ruleY = drawLetterhead(doc, left, width, toWinAnsi(input.groupName));
	doc
		.fillColor(colors.brand)
		.font("Helvetica-Bold")
		.fontSize(20)
		.text(toWinAnsi(input.title), left, ruleY + 24, { width });
	doc.moveDown(0.5);
	doc.fillColor(colors.text).font("Helvetica").fontSize(11).text(toWinAnsi(input.intro), { width, lineGap: 2 });
	doc.moveDown(1);
	drawOfferBox(doc, { left, width }, input);
	doc.moveDown(1.5);
	doc
		.fillColor(colors.brand)
		.font("Helvetica-Bold")
		.fontSize(12)
		.text(toWinAnsi(input.contactTitle), left, doc.y, { width });
	doc.moveDown(0.3);
	doc.fillColor(colors.text).font("Helvetica").fontSize(11);
	for (const line of input.contactLines) doc.text(toWinAnsi(line), { width });
	doc.moveDown(2);
	doc.fillColor(colors.muted).font("Helvetica").fontSize(9).text(toWinAnsi(input.footer), { width });
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
