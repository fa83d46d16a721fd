import type { TranslationHandle } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { InvoiceList } from "../+shared/billing/invoice-list.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["billing.parent", "billing.kind", "billing.status", "billing.invoice.dueOn"],
};

export { loader } from "./index.server.ts";

/** « Factures »: the parent's invoices with what remains to pay; each opens with its PDF and QR code. */
export default function Invoices({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	return (
		<>
			<title>{`${t("billing.parent.title")} · Ribambelle`}</title>
			<PageHeader title={t("billing.parent.title")} lead={t("billing.parent.lead")} />
			{loaderData.invoices.length === 0 ? (
				<p className="rounded-md border border-stone-200 bg-white p-4 text-stone-700">{t("billing.parent.none")}</p>
			) : (
				<InvoiceList invoices={loaderData.invoices} hrefOf={(invoice) => `/invoices/${invoice.id}`} />
			)}
		</>
	);
}
