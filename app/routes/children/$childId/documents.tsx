import type { TranslationHandle } from "#app/locales/scopes.ts";
import { formatDate, formatDayOf } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { Section } from "#app/ui/section.tsx";
import { InvoiceList } from "../../+shared/billing/invoice-list.tsx";
import type { Route } from "./+types/documents";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"billing.parent",
		"billing.kind",
		"billing.status",
		"billing.invoice.dueOn",
		"certificates.documents",
		"documents.child",
	],
};

export { loader } from "./documents.server.ts";

const linkClass = "font-medium text-brand-800 underline";

/** « PDF, 120 kB » in the reader's language. */
function fileLabel(mediaType: string, bytes: number, language: string): string {
	const type = mediaType === "application/pdf" ? "PDF" : (mediaType.split("/")[1] ?? "").toUpperCase();
	const megabytes = bytes >= 1_000_000;
	const size = new Intl.NumberFormat(language, {
		style: "unit",
		unit: megabytes ? "megabyte" : "kilobyte",
		maximumFractionDigits: megabytes ? 1 : 0,
	}).format(megabytes ? bytes / 1_000_000 : Math.max(1, bytes / 1_000));
	return `${type}, ${size}`;
}

/**
 * « Documents »: every document about the child, by kind, newest first, each downloadable
 * again at any time — what its houses published, the registration confirmations, the
 * invoices, the tax and mutuality certificates.
 */
export default function ChildDocuments({ loaderData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { child, published, confirmations, invoices, taxCertificates, mutuality } = loaderData;
	return (
		<>
			<title>{`${t("nav.child.documents")} · ${child.firstName} · Ribambelle`}</title>
			<div className="mb-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
				<h2 className="text-xl font-bold text-stone-900">{t("nav.child.documents")}</h2>
				<a href={`/children/${child.id}/documents/uploads`} className={`${linkClass} font-semibold`}>
					{t("uploads.parent.link")}
				</a>
			</div>
			<p className="mb-4 text-stone-700">{t("documents.child.lead")}</p>
			<div className="space-y-6">
				{published.length > 0 ? (
					<Section title={t("documents.child.published")}>
						<ul className="divide-y divide-stone-200">
							{published.map((document) => (
								<li key={document.id} className="py-3 first:pt-0 last:pb-0">
									<p className="flex flex-wrap items-center gap-2">
										<a
											href={`/children/${child.id}/documents/${document.id}/file`}
											className={`${linkClass} break-words`}
										>
											{document.title}
										</a>
										{document.opened ? null : (
											<span className="rounded-full bg-amber-300 px-2 py-0.5 text-xs font-bold text-brand-900">
												{t("documents.child.new")}
											</span>
										)}
									</p>
									{document.description ? <p className="text-stone-700">{document.description}</p> : null}
									<p className="text-sm text-stone-700">
										{t("documents.child.publishedFrom", {
											house: document.houseName,
											date: formatDayOf(document.publishedAt, language),
										})}
										{" · "}
										{fileLabel(document.mediaType, document.sizeBytes, language)}
									</p>
								</li>
							))}
						</ul>
					</Section>
				) : null}
				{confirmations.length > 0 ? (
					<Section title={t("documents.child.confirmations")}>
						<ul className="divide-y divide-stone-200">
							{confirmations.map((registration) => (
								<li key={registration.id} className="py-3 first:pt-0 last:pb-0">
									<a
										href={`/children/${child.id}/registrations/${registration.id}/confirmation.pdf`}
										className={`${linkClass} break-words`}
									>
										{t(
											registration.status === "cancelled"
												? "documents.child.cancellation"
												: "documents.child.confirmation",
											{ offer: registration.title },
										)}
									</a>
									<p className="text-sm text-stone-700">
										{registration.houseName} · {formatDate(registration.firstDay, language)}
									</p>
								</li>
							))}
						</ul>
					</Section>
				) : null}
				<Section
					title={t("billing.parent.forChild", { childName: child.firstName })}
					actions={
						<a href="/invoices" className={linkClass}>
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
					<Section title={t("certificates.documents.title")}>
						<ul className="space-y-2">
							{taxCertificates.map((certificate) => (
								<li key={certificate.id}>
									<a href={`/children/${child.id}/certificates/${certificate.id}/tax.pdf`} className={linkClass}>
										{t("certificates.documents.tax", { year: certificate.incomeYear, number: certificate.label })}
									</a>
								</li>
							))}
							{mutuality.map((certificate) => (
								<li key={certificate.registrationId}>
									<a
										href={`/children/${child.id}/registrations/${certificate.registrationId}/mutuality.pdf`}
										className={linkClass}
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
			</div>
		</>
	);
}
