import { formatIban } from "#app/domain/billing/bank-account.ts";
import { epcQrSvg } from "#app/domain/billing/epc-qr.ts";
import { invoicePaymentPayload } from "#app/domain/billing/invoice-pdf.server.ts";
import type { InvoiceDocument } from "#app/domain/billing/read-invoices.server.ts";
import { formatStructuredCommunication } from "#app/domain/billing/structured-communication.ts";
import { translatorFor } from "#app/infra/i18n.server.ts";
import { isLanguage } from "#app/locales/languages.ts";
import type { InvoiceViewData } from "./invoice-view.tsx";

/** What `InvoiceView` needs of an invoice: printed forms, and the QR code of what is due as an SVG data URL. */
export async function invoiceViewOf(invoice: InvoiceDocument): Promise<InvoiceViewData> {
	const payload = invoicePaymentPayload(invoice);
	const svg = payload ? await epcQrSvg(payload) : null;
	return {
		kind: invoice.kind,
		status: invoice.status,
		number: invoice.number,
		issuedOn: invoice.issuedOn,
		dueOn: invoice.dueOn,
		totalCents: invoice.totalCents,
		paidCents: invoice.paidCents,
		dueCents: invoice.dueCents,
		debtorName: invoice.debtorName,
		debtorAddress: invoice.debtorAddress,
		relatedNumber: invoice.relatedNumber,
		creditor: invoice.creditor
			? { legalName: invoice.creditor.legalName, iban: invoice.creditor.iban, bic: invoice.creditor.bic }
			: null,
		communication: invoice.structuredCommunication
			? formatStructuredCommunication(invoice.structuredCommunication)
			: null,
		ibanPrinted: invoice.creditor ? formatIban(invoice.creditor.iban) : null,
		lines: invoice.lines,
		qrDataUrl: svg ? `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` : null,
	};
}

/** « Facture-2026-00012.pdf », in the language the invoice was issued in (« Projet » for a draft). */
export function invoiceFileName(invoice: InvoiceDocument): string {
	const t = translatorFor(isLanguage(invoice.language) ? invoice.language : "fr");
	if (!invoice.number) return `${t("billing.invoice.draftTitle")}.pdf`.replaceAll(" ", "-");
	const kind = t(invoice.kind === "credit_note" ? "billing.kind.credit_note" : "billing.kind.invoice");
	return `${kind}-${invoice.number.replace("/", "-")}.pdf`.replaceAll(" ", "-");
}

/** The invoice's PDF as a download that is never cached (its payment box changes with payments). */
export function invoicePdfResponse(pdf: Buffer, fileName: string): Response {
	return new Response(new Uint8Array(pdf), {
		headers: {
			"Content-Type": "application/pdf",
			// An ASCII name for every client, the exact one (« Note-de-crédit-… ») per RFC 6266.
			"Content-Disposition": `inline; filename="${fileName.normalize("NFD").replace(/[^\x20-\x7e]/g, "")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
			"Cache-Control": "no-store",
		},
	});
}
