import type { InvoiceStatus } from "#app/db/schema.ts";
import { formatDate, formatMoney } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { InvoiceStatusBadge } from "./invoice-list.tsx";

/** What the invoice page shows (an `InvoiceDocument` as the loader sends it, with its QR code). */
export type InvoiceViewData = {
	kind: "invoice" | "credit_note";
	status: InvoiceStatus;
	number: string;
	issuedOn: string | null;
	dueOn: string | null;
	totalCents: number;
	paidCents: number;
	dueCents: number;
	debtorName: string;
	debtorAddress: string;
	relatedNumber: string | null;
	creditor: { legalName: string; iban: string; bic: string } | null;
	/** « +++123/4567/89002+++ », or null (draft, credit note). */
	communication: string | null;
	/** « BE68 5390 0754 7034 ». */
	ibanPrinted: string | null;
	lines: {
		id: string;
		childName: string;
		description: string;
		serviceFrom: string | null;
		serviceTo: string | null;
		quantity: number;
		unitPriceCents: number;
		amountCents: number;
	}[];
	/** The EPC QR code of what is due, as an SVG data URL; null when nothing is due. */
	qrDataUrl: string | null;
};

/**
 * An invoice on screen, as on paper: who sends it to whom, its dates, its lines by child, the
 * totals, and — while something is due — how to pay: account, structured communication and the
 * QR code for banking apps. `actions` come under it (download, staff forms).
 */
export function InvoiceView({ invoice, actions }: { invoice: InvoiceViewData; actions?: React.ReactNode }) {
	const { t, language } = useT();
	const money = (cents: number) => formatMoney(cents, language);
	const period = (from: string | null, to: string | null) =>
		!from
			? ""
			: !to || to === from
				? formatDate(from, language)
				: `${formatDate(from, language)} – ${formatDate(to, language)}`;
	const note =
		invoice.kind === "credit_note" && invoice.relatedNumber
			? t("billing.invoice.creditNoteFor", { number: invoice.relatedNumber })
			: invoice.status === "cancelled" && invoice.relatedNumber
				? t("billing.invoice.cancelledBy", { number: invoice.relatedNumber })
				: null;
	return (
		<div className="space-y-6">
			<div className="flex flex-wrap items-center gap-3">
				<InvoiceStatusBadge status={invoice.status} kind={invoice.kind} />
				{note ? <p className="font-medium text-stone-800">{note}</p> : null}
			</div>
			<dl className="grid gap-x-8 gap-y-2 sm:grid-cols-2">
				{invoice.creditor ? (
					<div>
						<dt className="text-sm text-stone-600">{t("billing.invoice.creditor")}</dt>
						<dd className="font-medium">{invoice.creditor.legalName}</dd>
					</div>
				) : null}
				<div>
					<dt className="text-sm text-stone-600">{t("billing.invoice.debtor")}</dt>
					<dd className="whitespace-pre-line font-medium">
						{[invoice.debtorName, invoice.debtorAddress].filter(Boolean).join("\n")}
					</dd>
				</div>
				{invoice.issuedOn ? (
					<div>
						<dt className="text-sm text-stone-600">{t("billing.invoice.issuedOn")}</dt>
						<dd className="font-medium">{formatDate(invoice.issuedOn, language)}</dd>
					</div>
				) : null}
				{invoice.dueOn && invoice.kind === "invoice" ? (
					<div>
						<dt className="text-sm text-stone-600">{t("billing.invoice.dueOn")}</dt>
						<dd className="font-medium">{formatDate(invoice.dueOn, language)}</dd>
					</div>
				) : null}
			</dl>
			{/* On a phone, one card per line; from 640 px, the table. */}
			<ul className="space-y-2 sm:hidden">
				{invoice.lines.map((line) => (
					<li key={line.id} className="panel p-3">
						<p className="font-semibold">{line.description}</p>
						<p className="text-sm text-stone-700">
							{[line.childName, period(line.serviceFrom, line.serviceTo)].filter(Boolean).join(" · ")}
						</p>
						<p className="mt-1 flex justify-between gap-2 text-sm">
							<span>
								{line.quantity} × {money(line.unitPriceCents)}
							</span>
							<span className="font-semibold">{money(line.amountCents)}</span>
						</p>
					</li>
				))}
				<li className="flex justify-between gap-2 rounded-lg border border-stone-300 bg-white p-3 font-bold">
					<span>{t("billing.invoice.total")}</span>
					<span>{money(invoice.totalCents)}</span>
				</li>
				{invoice.kind === "invoice" && invoice.paidCents > 0 ? (
					<li className="flex justify-between gap-2 px-3 text-sm">
						<span>{t("billing.invoice.paid")}</span>
						<span>{money(invoice.paidCents)}</span>
					</li>
				) : null}
			</ul>
			<div className="hidden overflow-x-auto panel sm:block">
				<table className="w-full text-left text-sm">
					<thead className="bg-stone-50 text-stone-700">
						<tr>
							<th scope="col" className="px-3 py-2 font-semibold">
								{t("billing.invoice.child")}
							</th>
							<th scope="col" className="px-3 py-2 font-semibold">
								{t("billing.invoice.description")}
							</th>
							<th scope="col" className="px-3 py-2 font-semibold">
								{t("billing.invoice.period")}
							</th>
							<th scope="col" className="px-3 py-2 text-right font-semibold">
								{t("billing.invoice.quantity")}
							</th>
							<th scope="col" className="px-3 py-2 text-right font-semibold">
								{t("billing.invoice.unitPrice")}
							</th>
							<th scope="col" className="px-3 py-2 text-right font-semibold">
								{t("billing.invoice.amount")}
							</th>
						</tr>
					</thead>
					<tbody>
						{invoice.lines.map((line) => (
							<tr key={line.id} className="border-t border-stone-100">
								<td className="px-3 py-2">{line.childName}</td>
								<td className="px-3 py-2">{line.description}</td>
								<td className="px-3 py-2 whitespace-nowrap">{period(line.serviceFrom, line.serviceTo)}</td>
								<td className="px-3 py-2 text-right">{line.quantity}</td>
								<td className="px-3 py-2 text-right whitespace-nowrap">{money(line.unitPriceCents)}</td>
								<td className="px-3 py-2 text-right whitespace-nowrap">{money(line.amountCents)}</td>
							</tr>
						))}
					</tbody>
					<tfoot className="border-t-2 border-stone-300">
						<tr>
							<th scope="row" colSpan={5} className="px-3 py-2 text-right font-semibold">
								{t("billing.invoice.total")}
							</th>
							<td className="px-3 py-2 text-right font-bold whitespace-nowrap">{money(invoice.totalCents)}</td>
						</tr>
						{invoice.kind === "invoice" && invoice.paidCents > 0 ? (
							<>
								<tr>
									<th scope="row" colSpan={5} className="px-3 py-1 text-right font-normal">
										{t("billing.invoice.paid")}
									</th>
									<td className="px-3 py-1 text-right whitespace-nowrap">{money(invoice.paidCents)}</td>
								</tr>
								<tr>
									<th scope="row" colSpan={5} className="px-3 py-1 text-right font-semibold">
										{t("billing.invoice.due")}
									</th>
									<td className="px-3 py-1 text-right font-bold whitespace-nowrap">{money(invoice.dueCents)}</td>
								</tr>
							</>
						) : null}
					</tfoot>
				</table>
			</div>
			{invoice.qrDataUrl && invoice.communication && invoice.creditor ? (
				<section
					aria-labelledby="invoice-payment"
					className="flex flex-col gap-4 rounded-lg border-2 border-brand-700 bg-brand-50 p-5 sm:flex-row sm:items-start sm:gap-6"
				>
					<div className="min-w-0 flex-1 space-y-1 break-words">
						<h2 id="invoice-payment" className="text-lg font-bold text-brand-900">
							{t("billing.invoice.payTitle", { amount: money(invoice.dueCents) })}
						</h2>
						<p>{t("billing.invoice.payAccount", { iban: invoice.ibanPrinted ?? invoice.creditor.iban })}</p>
						<p>{t("billing.invoice.payBic", { bic: invoice.creditor.bic })}</p>
						<p className="font-semibold">
							{t("billing.invoice.payCommunication", { communication: invoice.communication })}
						</p>
						{invoice.dueOn ? (
							<p>{t("billing.invoice.payDueOn", { date: formatDate(invoice.dueOn, language) })}</p>
						) : null}
						<p className="pt-2 text-sm text-stone-700">{t("billing.invoice.payWithApp")}</p>
					</div>
					<img
						src={invoice.qrDataUrl}
						width={176}
						height={176}
						className="size-44 shrink-0 self-center bg-white p-1 sm:self-start"
						alt={t("billing.invoice.qrAlt", {
							amount: money(invoice.dueCents),
							iban: invoice.ibanPrinted ?? invoice.creditor.iban,
							communication: invoice.communication,
						})}
					/>
				</section>
			) : invoice.kind === "invoice" && invoice.status === "paid" ? (
				<p className="rounded-md border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-900">
					{t("billing.invoice.paidInFull")}
				</p>
			) : null}
			{actions}
		</div>
	);
}
