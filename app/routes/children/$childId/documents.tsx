import type { TranslationHandle } from "#app/locales/scopes.ts";
import { formatDate } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { Section } from "#app/ui/section.tsx";
import { InvoiceList } from "../../+shared/billing/invoice-list.tsx";
import type { Route } from "./+types/documents";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["billing.parent", "billing.kind", "billing.status", "billing.invoice.dueOn", "certificates.documents"],
};

export { loader } from "./documents.server.ts";

/** « Documents »: the child's invoices and certificates, each downloadable again at any time. */
export default function ChildDocuments({ loaderData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { child, invoices, taxCertificates, mutuality } = loaderData;
	return (
		<>
			<title>{`${t("nav.child.documents")} · ${child.firstName} · Ribambelle`}</title>
			<h2 className="mb-4 text-xl font-bold text-stone-900">{t("nav.child.documents")}</h2>
			<p className="mb-4 text-stone-700">
				<a href={`/children/${child.id}/documents/uploads`} className="font-semibold text-brand-800 underline">
					{t("uploads.parent.link")}
				</a>{" "}
				— {t("uploads.parent.linkLead")}
			</p>
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
			{taxCertificates.length + mutuality.length > 0 ? (
				<Section title={t("certificates.documents.title")} className="mt-6">
					<ul className="space-y-2">
						{taxCertificates.map((certificate) => (
							<li key={certificate.id}>
								<a
									href={`/children/${child.id}/certificates/${certificate.id}/tax.pdf`}
									className="font-medium text-brand-800 underline"
								>
									{t("certificates.documents.tax", { year: certificate.incomeYear, number: certificate.label })}
								</a>
							</li>
						))}
						{mutuality.map((certificate) => (
							<li key={certificate.registrationId}>
								<a
									href={`/children/${child.id}/registrations/${certificate.registrationId}/mutuality.pdf`}
									className="font-medium text-brand-800 underline"
								>
									{t("certificates.documents.mutuality", { activity: certificate.offerTitle })}
								</a>{" "}
								<span className="text-sm text-stone-700">
									({formatDate(certificate.firstDay, language)} – {formatDate(certificate.lastDay, language)})
								</span>
							</li>
						))}
					</ul>
				</Section>
			) : null}
		</>
	);
}
