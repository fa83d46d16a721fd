import { translatorFor } from "#app/infra/i18n.server.ts";
import { type InvoicePdfInput, renderInvoicePdf } from "#app/infra/pdf/invoice.server.ts";
import { isLanguage, type Language } from "#app/locales/languages.ts";
import { formatDate, formatMoney } from "#app/ui/format.ts";
import { formatIban } from "./bank-account.ts";
import { epcQrPayload, epcQrPng } from "./epc-qr.ts";
import { formatCompanyNumber } from "./invoice-format.ts";
import type { InvoiceDocument } from "./read-invoices.server.ts";
import { formatStructuredCommunication } from "./structured-communication.ts";

const languageTags: Record<Language, string> = { fr: "fr-BE", nl: "nl-BE", de: "de-BE", en: "en" };

/**
 * The EPC069-12 payload of what an invoice still owes (decision 033): the creditor's name, IBAN,
 * BIC, the amount due and the structured communication. Null when nothing is due or the invoice
 * has no communication (a draft, a credit note).
 */
export function invoicePaymentPayload(invoice: InvoiceDocument): string | null {
	if (!invoice.creditor || !invoice.structuredCommunication || invoice.dueCents <= 0) return null;
	if (invoice.status !== "open" && invoice.status !== "partly_paid") return null;
	return epcQrPayload({
		name: invoice.creditor.legalName.slice(0, 70),
		iban: invoice.creditor.iban,
		bic: invoice.creditor.bic,
		amountCents: invoice.dueCents,
		structuredCommunication: invoice.structuredCommunication,
	});
}

function period(from: string | null, to: string | null, language: Language): string {
	if (!from) return "";
	if (!to || to === from) return formatDate(from, language);
	return `${formatDate(from, language)} – ${formatDate(to, language)}`;
}

/**
 * The invoice or credit note as a PDF in the language it was issued in: the same document
 * every time it is downloaded (all its data was fixed at issue), except the payment box, which
 * shows what is still due.
 */
export async function renderInvoiceDocument(invoice: InvoiceDocument): Promise<Buffer> {
	const language: Language = isLanguage(invoice.language) ? invoice.language : "fr";
	const t = translatorFor(language);
	const money = (cents: number) => formatMoney(cents, language);
	const creditor = invoice.creditor;
	const title =
		invoice.status === "draft"
			? t("billing.invoice.draftTitle")
			: t(invoice.kind === "credit_note" ? "billing.invoice.creditNoteTitle" : "billing.invoice.title", {
					number: invoice.number,
				});
	const groups: InvoicePdfInput["groups"] = [];
	for (const line of invoice.lines) {
		let group = groups.at(-1);
		if (!group || group.heading !== line.childName) {
			group = { heading: line.childName, lines: [] };
			groups.push(group);
		}
		group.lines.push({
			description: line.description,
			period: period(line.serviceFrom, line.serviceTo, language),
			quantity: String(line.quantity),
			unitPrice: money(line.unitPriceCents),
			amount: money(line.amountCents),
		});
	}
	const payload = invoicePaymentPayload(invoice);
	const communication = invoice.structuredCommunication
		? formatStructuredCommunication(invoice.structuredCommunication)
		: null;
	const facts = [
		...(invoice.issuedOn
			? [{ label: t("billing.invoice.issuedOn"), value: formatDate(invoice.issuedOn, language) }]
			: []),
		...(invoice.dueOn && invoice.kind === "invoice"
			? [{ label: t("billing.invoice.dueOn"), value: formatDate(invoice.dueOn, language) }]
			: []),
		...(communication ? [{ label: t("billing.invoice.communication"), value: communication }] : []),
	];
	const note =
		invoice.kind === "credit_note" && invoice.relatedNumber
			? t("billing.invoice.creditNoteFor", { number: invoice.relatedNumber })
			: invoice.status === "cancelled" && invoice.relatedNumber
				? t("billing.invoice.cancelledBy", { number: invoice.relatedNumber })
				: invoice.status === "paid" && invoice.kind === "invoice"
					? t("billing.invoice.paidInFull")
					: "";
	const input: InvoicePdfInput = {
		languageTag: languageTags[language],
		title,
		groupName: creditor?.groupName ?? "",
		creditorLines: creditor
			? [
					creditor.legalName,
					creditor.street,
					`${creditor.postalCode} ${creditor.locality}`,
					`${t("billing.invoice.companyNumber")} ${formatCompanyNumber(creditor.companyNumber)}`,
					`IBAN ${formatIban(creditor.iban)} · BIC ${creditor.bic}`,
				]
			: [],
		debtorTitle: t("billing.invoice.debtor"),
		debtorLines: [invoice.debtorName, ...invoice.debtorAddress.split("\n").filter(Boolean)],
		facts,
		note,
		columns: {
			description: t("billing.invoice.description"),
			period: t("billing.invoice.period"),
			quantity: t("billing.invoice.quantity"),
			unitPrice: t("billing.invoice.unitPrice"),
			amount: t("billing.invoice.amount"),
		},
		groups,
		totals: [
			{ label: t("billing.invoice.total"), value: money(invoice.totalCents), strong: true },
			...(invoice.kind === "invoice" && invoice.paidCents > 0
				? [
						{ label: t("billing.invoice.paid"), value: money(invoice.paidCents), strong: false },
						{ label: t("billing.invoice.due"), value: money(invoice.dueCents), strong: true },
					]
				: []),
		],
		payment:
			payload && creditor && communication
				? {
						title: t("billing.invoice.payTitle", { amount: money(invoice.dueCents) }),
						lines: [
							t("billing.invoice.payAccount", { iban: formatIban(creditor.iban) }),
							t("billing.invoice.payBic", { bic: creditor.bic }),
							t("billing.invoice.payCommunication", { communication }),
							...(invoice.dueOn ? [t("billing.invoice.payDueOn", { date: formatDate(invoice.dueOn, language) })] : []),
						],
						qrPng: await epcQrPng(payload, { size: 360 }),
						qrCaption: t("billing.invoice.payWithApp"),
					}
				: null,
		footer: t("billing.invoice.pdfFooter", { name: creditor?.legalName ?? "" }),
	};
	return renderInvoicePdf(input);
}
