import type { TranslationHandle } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import { Section } from "#app/ui/section.tsx";
import { InvoiceList } from "../../+shared/billing/invoice-list.tsx";
import type { Route } from "./+types/documents";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["billing.parent", "billing.kind", "billing.status", "billing.invoice.dueOn"],
};

export { loader } from "./documents.server.ts";

/** « Documents »: the child's invoices, each downloadable again at any time. */
export default function ChildDocuments({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	const { child, invoices } = loaderData;
	return (
		<>
			<title>{`${t("nav.child.documents")} · ${child.firstName} · Ribambelle`}</title>
			<h2 className="mb-4 text-xl font-bold text-stone-900">{t("nav.child.documents")}</h2>
			<Section
				title={t("billing.parent.forChild", { childName: child.firstName })}
				actions={
					<a href="/invoices" className="font-medium text-brand-800 underline">
						{t("billing.parent.allInvoices")}
					</a>
				}
			>
				{invoices.length === 0 ? (
					<p className="text-stone-700">{t("billing.parent.none")}</p>
				) : (
					<InvoiceList invoices={invoices} hrefOf={(invoice) => `/invoices/${invoice.id}`} />
				)}
			</Section>
		</>
	);
}
