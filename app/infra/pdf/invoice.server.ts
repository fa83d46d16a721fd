/**
 * An invoice or credit note on A4: the creditor and the debtor, the number and dates, the lines
 * grouped by child in a table that continues on further pages when long, the totals, then the
 * payment box with the structured communication and the EPC QR code (when something is due).
 * Every text arrives translated and formatted; this module only lays it out.
 */
import { drawLetterhead, drawText, heightOfText, pdfColors, type RenderPdfOptions, renderPdf } from "./pdf.server.ts";

export type InvoicePdfInput = {
	/** BCP 47, e.g. `fr-BE`. */
	languageTag: string;
	/** « Facture 2026/00012 »; also the PDF's title. */
	title: string;
	groupName: string;
	/** The creditor's lines: legal name, address, company number, account. */
	creditorLines: string[];
	debtorTitle: string;
	debtorLines: string[];
	/** Label/value rows under the title: date, due date, communication. */
	facts: { label: string; value: string }[];
	/** An extra sentence under the facts (« Annule la facture 2026/00011. »), or empty. */
	note: string;
	columns: { description: string; period: string; quantity: string; unitPrice: string; amount: string };
	/** The lines, by child: each group has a heading (the child's name, or empty). */
	groups: {
		heading: string;
		lines: { description: string; period: string; quantity: string; unitPrice: string; amount: string }[];
	}[];
	/** Label/value rows of the totals (total, already paid, still due). */
	totals: { label: string; value: string; strong: boolean }[];
	/** The payment box, when something is due. */
	payment: { title: string; lines: string[]; qrPng: Buffer; qrCaption: string } | null;
	footer: string;
};

const colors = pdfColors;
/** The thin rules of the lines table. */
const ruleColor = "#d6d3d1";

function drawParties(
	doc: PDFKit.PDFDocument,
	left: number,
	width: number,
	top: number,
	input: InvoicePdfInput,
): number {
	const half = (width - 24) / 2;
	doc.fillColor(colors.text).fontSize(10);
	let y = top;
	for (const line of input.creditorLines) {
		drawText(doc, line, left, y, { width: half });
		y += heightOfText(doc, line, "regular", half) + 1;
	}
	const right = left + half + 24;
	let debtorY = top;
	doc.fillColor(colors.muted).fontSize(9);
	drawText(doc, input.debtorTitle.toLocaleUpperCase(input.languageTag), right, debtorY, {
		weight: "bold",
		width: half,
		characterSpacing: 1,
	});
	debtorY += 14;
	doc.fillColor(colors.text).fontSize(11);
	for (const [index, line] of input.debtorLines.entries()) {
		drawText(doc, line, right, debtorY, { weight: index === 0 ? "bold" : "regular", width: half });
		debtorY += heightOfText(doc, line, index === 0 ? "bold" : "regular", half) + 1;
	}
	return Math.max(y, debtorY);
}

/** Column x positions and widths of the lines table. */
function tableColumns(left: number, width: number) {
	const amount = 72;
	const unit = 68;
	const quantity = 52;
	const period = 112;
	const description = width - amount - unit - quantity - period;
	return {
		description: { x: left, width: description - 6 },
		period: { x: left + description, width: period - 6 },
		quantity: { x: left + description + period, width: quantity - 6 },
		unitPrice: { x: left + description + period + quantity, width: unit - 6 },
		amount: { x: left + width - amount, width: amount },
	};
}

function drawTable(doc: PDFKit.PDFDocument, left: number, width: number, input: InvoicePdfInput) {
	const columns = tableColumns(left, width);
	const bottom = doc.page.height - doc.page.margins.bottom;
	const header = () => {
		doc.fillColor(colors.muted).fontSize(9);
		const y = doc.y;
		for (const key of ["description", "period", "quantity", "unitPrice", "amount"] as const) {
			const alignRight = key === "quantity" || key === "unitPrice" || key === "amount";
			drawText(doc, input.columns[key], columns[key].x, y, {
				weight: "bold",
				width: columns[key].width,
				align: alignRight ? "right" : "left",
			});
		}
		doc.y = y + 14;
		doc
			.moveTo(left, doc.y)
			.lineTo(left + width, doc.y)
			.lineWidth(0.75)
			.strokeColor(ruleColor)
			.stroke();
		doc.y += 4;
	};
	const ensure = (height: number) => {
		if (doc.y + height <= bottom) return;
		doc.addPage();
		header();
	};
	header();
	for (const group of input.groups) {
		if (group.heading) {
			ensure(18 + 16);
			doc.fillColor(colors.brand).fontSize(10);
			drawText(doc, group.heading, left, doc.y + 2, { weight: "bold", width });
			doc.y += 16;
		}
		for (const line of group.lines) {
			doc.fontSize(10);
			const height =
				Math.max(
					heightOfText(doc, line.description, "regular", columns.description.width),
					heightOfText(doc, line.period, "regular", columns.period.width),
				) + 5;
			ensure(height);
			const y = doc.y;
			doc.fillColor(colors.text).fontSize(10);
			drawText(doc, line.description, columns.description.x, y, { width: columns.description.width });
			drawText(doc, line.period, columns.period.x, y, { width: columns.period.width });
			drawText(doc, line.quantity, columns.quantity.x, y, { width: columns.quantity.width, align: "right" });
			drawText(doc, line.unitPrice, columns.unitPrice.x, y, { width: columns.unitPrice.width, align: "right" });
			drawText(doc, line.amount, columns.amount.x, y, { width: columns.amount.width, align: "right" });
			doc.y = y + height;
		}
	}
	doc
		.moveTo(left, doc.y)
		.lineTo(left + width, doc.y)
		.lineWidth(0.75)
		.strokeColor(ruleColor)
		.stroke();
	doc.y += 6;
	ensure(input.totals.length * 18);
	for (const total of input.totals) {
		const y = doc.y;
		doc.fillColor(colors.text).fontSize(total.strong ? 12 : 10);
		const weight = total.strong ? "bold" : "regular";
		drawText(doc, total.label, left + width - 300, y, { weight, width: 220, align: "right" });
		drawText(doc, total.value, columns.amount.x - 10, y, { weight, width: columns.amount.width + 10, align: "right" });
		doc.y = y + (total.strong ? 18 : 15);
	}
}

function drawPayment(
	doc: PDFKit.PDFDocument,
	left: number,
	width: number,
	payment: NonNullable<InvoicePdfInput["payment"]>,
) {
	const padding = 14;
	const qrSize = 120;
	const height = Math.max(qrSize + 2 * padding + 14, 2 * padding + 18 + payment.lines.length * 16);
	if (doc.y + height + 16 > doc.page.height - doc.page.margins.bottom) doc.addPage();
	const top = doc.y + 12;
	doc.roundedRect(left, top, width, height, 6).lineWidth(1.5).fillAndStroke(colors.boxFill, colors.boxBorder);
	const textWidth = width - qrSize - 3 * padding;
	doc.fillColor(colors.brand).fontSize(12);
	drawText(doc, payment.title, left + padding, top + padding, { weight: "bold", width: textWidth });
	let y = top + padding + 20;
	doc.fillColor(colors.text).fontSize(11);
	for (const line of payment.lines) {
		drawText(doc, line, left + padding, y, { width: textWidth });
		y += heightOfText(doc, line, "regular", textWidth) + 3;
	}
	const qrX = left + width - padding - qrSize;
	doc.image(payment.qrPng, qrX, top + padding, { width: qrSize, height: qrSize });
	doc.fillColor(colors.muted).fontSize(8);
	drawText(doc, payment.qrCaption, qrX - 10, top + padding + qrSize + 2, { width: qrSize + 20, align: "center" });
	doc.x = left;
	doc.y = top + height;
}

function drawInvoice(doc: PDFKit.PDFDocument, input: InvoicePdfInput) {
	const left = doc.page.margins.left;
	const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
	const ruleY = drawLetterhead(doc, left, width, input.groupName);
	const partiesBottom = drawParties(doc, left, width, ruleY + 16, input);
	doc.fillColor(colors.brand).fontSize(20);
	drawText(doc, input.title, left, partiesBottom + 20, { weight: "bold", width });
	doc.y = partiesBottom + 50;
	for (const fact of input.facts) {
		const y = doc.y;
		doc.fillColor(colors.muted).fontSize(10);
		drawText(doc, fact.label, left, y, { width: 170 });
		doc.fillColor(colors.text).fontSize(11);
		drawText(doc, fact.value, left + 170, y - 1, { weight: "bold", width: width - 170 });
		doc.y = y + 16;
	}
	if (input.note) {
		doc.fillColor(colors.text).fontSize(10);
		drawText(doc, input.note, left, doc.y + 4, { width });
		doc.y += 18;
	}
	doc.y += 12;
	drawTable(doc, left, width, input);
	if (input.payment) drawPayment(doc, left, width, input.payment);
	doc.y += 18;
	if (doc.y + 20 > doc.page.height - doc.page.margins.bottom) doc.addPage();
	doc.fillColor(colors.muted).fontSize(9);
	drawText(doc, input.footer, left, doc.y, { width });
}

export function renderInvoicePdf(
	input: InvoicePdfInput,
	pdfOptions: Pick<RenderPdfOptions, "compress"> = {},
): Promise<Buffer> {
	return renderPdf((doc) => drawInvoice(doc, input), {
		...pdfOptions,
		title: input.title,
		language: input.languageTag,
	});
}
