import type { TranslationHandle } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { InvoiceView } from "../+shared/billing/invoice-view.tsx";
import type { Route } from "./+types/$invoiceId";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"billing.invoice",
		"billing.kind",
		"billing.status",
		"billing.parent.allInvoices",
		"billing.parent.columns",
	],
};

export { loader } from "./$invoiceId.server.ts";

/** An invoice for its parent, with the PDF to download at any time. */
export default function Invoice({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	const { invoice, id } = loaderData;
	const title = t(invoice.kind === "credit_note" ? "billing.invoice.creditNoteTitle" : "billing.invoice.title", {
		number: invoice.number,
	});
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<p className="mb-2">
				<a href="/invoices" className="font-medium text-brand-800 underline">
					← {t("billing.parent.allInvoices")}
				</a>
			</p>
			<PageHeader title={title} />
			<InvoiceView
				invoice={invoice}
				actions={
					<p>
						<a
							href={`/invoices/${id}/invoice.pdf`}
							className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
						>
							{t("billing.invoice.download")}
						</a>
					</p>
				}
			/>
		</>
	);
}
