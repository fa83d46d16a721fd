import { Link } from "react-router";
import type { InvoiceStatus } from "#app/db/schema.ts";
import { formatDate, formatMoney } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";

/** An invoice as the lists show it (see `InvoiceSummary`). */
export type InvoiceListItem = {
	id: string;
	kind: "invoice" | "credit_note";
	status: InvoiceStatus;
	number: string;
	issuedOn: string | null;
	dueOn: string | null;
	totalCents: number;
	dueCents: number;
	debtorName: string;
};

const statusClass: Record<InvoiceStatus, string> = {
	draft: "bg-stone-100 text-stone-800 ring-stone-300",
	open: "bg-amber-50 text-amber-900 ring-amber-300",
	partly_paid: "bg-amber-50 text-amber-900 ring-amber-300",
	paid: "bg-emerald-50 text-emerald-900 ring-emerald-300",
	cancelled: "bg-stone-100 text-stone-700 ring-stone-300",
};

/** The state of an invoice as a badge with its word (never colour alone). */
export function InvoiceStatusBadge({ status, kind }: { status: InvoiceStatus; kind: "invoice" | "credit_note" }) {
	const { t } = useT();
	if (kind === "credit_note") return null;
	return (
		<span className={`inline-flex rounded-full px-2.5 py-0.5 text-sm font-semibold ring-1 ${statusClass[status]}`}>
			{t(`billing.status.${status}`)}
		</span>
	);
}

/**
 * Invoices as cards (readable at 360 px): the kind and number as a link to `hrefOf`, the date,
 * the amount, what remains due and the state; `showDebtor` for staff lists.
 */
export function InvoiceList({
	invoices,
	hrefOf,
	showDebtor = false,
}: {
	invoices: InvoiceListItem[];
	hrefOf: (invoice: InvoiceListItem) => string;
	showDebtor?: boolean;
}) {
	const { t, language } = useT();
	return (
		<ul className="space-y-3">
			{invoices.map((invoice) => (
				<li key={invoice.id} className="panel p-4 shadow-sm">
					<div className="flex flex-wrap items-start justify-between gap-3">
						<div className="min-w-0">
							<p className="text-lg font-semibold">
								<Link to={hrefOf(invoice)} className="text-brand-800 underline">
									{t(`billing.kind.${invoice.kind}`)} {invoice.number}
								</Link>
							</p>
							{showDebtor ? <p className="text-stone-700">{invoice.debtorName}</p> : null}
						</div>
						<InvoiceStatusBadge status={invoice.status} kind={invoice.kind} />
					</div>
					<dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
						<div>
							<dt className="text-stone-600">{t("billing.parent.columns.issuedOn")}</dt>
							<dd className="font-medium">{invoice.issuedOn ? formatDate(invoice.issuedOn, language) : "—"}</dd>
						</div>
						<div>
							<dt className="text-stone-600">{t("billing.parent.columns.total")}</dt>
							<dd className="font-medium">{formatMoney(invoice.totalCents, language)}</dd>
						</div>
						{invoice.kind === "invoice" && invoice.status !== "cancelled" ? (
							<>
								<div>
									<dt className="text-stone-600">{t("billing.parent.columns.due")}</dt>
									<dd className="font-semibold">{formatMoney(invoice.dueCents, language)}</dd>
								</div>
								{invoice.dueCents > 0 ? (
									<div>
										<dt className="text-stone-600">{t("billing.invoice.dueOn")}</dt>
										<dd className="font-medium">{invoice.dueOn ? formatDate(invoice.dueOn, language) : "—"}</dd>
									</div>
								) : null}
							</>
						) : null}
					</dl>
				</li>
			))}
		</ul>
	);
}
