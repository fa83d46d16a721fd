/**
 * The PDF files of certificates: the tax certificate 281.86 in the language it was issued in
 * (its debtor's), the mutuality certificate in the reader's. Texts are translated and formatted
 * here; app/infra/pdf/tax-certificate.server.ts lays them out.
 */
import { formatNationalNumber } from "#app/domain/families/national-number.ts";
import { registrationReference } from "#app/domain/offers/registration-reference.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { translatorFor } from "#app/infra/i18n.server.ts";
import { renderCertificate } from "#app/infra/pdf/tax-certificate.server.ts";
import type { Language } from "#app/locales/languages.ts";
import { formatDate, formatMoney } from "#app/ui/format.ts";
import { formatCompanyNumber } from "./invoice-format.ts";
import type { MutualityCertificate, TaxCertificateDocument } from "./read-certificates.server.ts";

const languageTags: Record<Language, string> = { fr: "fr-BE", nl: "nl-BE", de: "de-BE", en: "en" };

function addressLine(parts: { street: string; postalCode: string; locality: string }): string {
	return [parts.street, `${parts.postalCode} ${parts.locality}`.trim()].filter(Boolean).join(", ");
}

/** The file name of a tax certificate (« attestation-fiscale-2025-0003.pdf »). */
export function taxCertificateFileName(certificate: TaxCertificateDocument): string {
	const t = translatorFor(certificate.language);
	return `${t("certificates.tax.fileName")}-${certificate.incomeYear}-${String(certificate.number).padStart(4, "0")}.pdf`;
}

/** The tax certificate 281.86 as a PDF, in its language: cadres I–III, the periods, the cap, a place to sign. */
export function renderTaxCertificatePdf(certificate: TaxCertificateDocument): Promise<Buffer> {
	const language = certificate.language;
	const t = translatorFor(language);
	const money = (cents: number) => formatMoney(cents, language);
	const date = (day: string) => formatDate(day, language);
	const { issuer, child, debtor } = certificate;
	const authorityRows = [
		{
			label: t("certificates.tax.certification.authority"),
			value: t(`certificates.tax.authorities.${issuer.authority}`),
		},
		...(issuer.authorityName ? [{ label: t("certificates.tax.certification.name"), value: issuer.authorityName }] : []),
		...(issuer.authorityNumber
			? [
					{
						label: t("certificates.tax.certification.companyNumber"),
						value: formatCompanyNumber(issuer.authorityNumber),
					},
				]
			: []),
	];
	const ageLimit = Number(certificate.incomeYear) >= 2020 ? 14 : 12;
	const notes = [
		...(certificate.cancelledAt
			? [t("certificates.tax.notes.cancelled", { date: date(certificate.cancelledAt.slice(0, 10)) })]
			: []),
		t("certificates.tax.notes.paid", { year: certificate.incomeYear, age: ageLimit }),
		`${t("certificates.tax.notes.cap", {
			year: certificate.incomeYear,
			cap: money(certificate.dailyCapCents),
			capped: money(certificate.cappedTotalCents),
		})}${certificate.capConfirmed ? "" : ` ${t("certificates.tax.notes.capUnconfirmed")}`}`,
	];
	return renderCertificate({
		languageTag: languageTags[language],
		title: t("certificates.tax.title"),
		subtitle: t("certificates.tax.subtitle", { year: certificate.incomeYear }),
		reference: t("certificates.tax.reference", { number: certificate.label }),
		groupName: issuer.groupName,
		frames: [
			{
				heading: t("certificates.tax.certification.heading"),
				intro: t("certificates.tax.certification.intro"),
				rows: authorityRows,
			},
			{
				heading: t("certificates.tax.organisation.heading"),
				intro: "",
				rows: [
					{ label: t("certificates.tax.organisation.name"), value: issuer.legalName },
					{ label: t("certificates.tax.organisation.address"), value: addressLine(issuer) },
					{ label: t("certificates.tax.organisation.companyNumber"), value: formatCompanyNumber(issuer.companyNumber) },
					...(issuer.recognition
						? [{ label: t("certificates.tax.organisation.recognition"), value: issuer.recognition }]
						: []),
				],
			},
			{
				heading: t("certificates.tax.care.heading"),
				intro: "",
				rows: [
					{
						label: t("certificates.tax.care.debtor"),
						value: `${debtor.lastName.toLocaleUpperCase(languageTags[language])} ${debtor.firstName}`,
					},
					...(debtor.nationalNumber
						? [
								{
									label: t("certificates.tax.care.debtorNationalNumber"),
									value: formatNationalNumber(debtor.nationalNumber),
								},
							]
						: []),
					{ label: t("certificates.tax.care.debtorAddress"), value: addressLine(debtor) },
					{
						label: t("certificates.tax.care.child"),
						value: `${child.lastName.toLocaleUpperCase(languageTags[language])} ${child.firstName}`,
					},
					{ label: t("certificates.tax.care.birthDate"), value: date(child.birthDate) },
					...(child.nationalNumber
						? [{ label: t("certificates.tax.care.nationalNumber"), value: formatNationalNumber(child.nationalNumber) }]
						: []),
					{ label: t("certificates.tax.care.childAddress"), value: addressLine(child) },
				],
			},
		],
		table: {
			afterFrame: 2,
			heading: t("certificates.tax.periods.heading"),
			table: {
				columns: [
					t("certificates.tax.periods.period"),
					t("certificates.tax.periods.days"),
					t("certificates.tax.periods.tariff"),
					t("certificates.tax.periods.amount"),
				],
				rows: certificate.periods.map((period) => [
					t("certificates.tax.periods.range", { from: date(period.from), to: date(period.to) }),
					String(period.days),
					money(period.dailyTariffCents),
					money(period.amountCents),
				]),
				total: [t("certificates.tax.periods.total"), String(certificate.totalDays), "", money(certificate.totalCents)],
			},
		},
		notes,
		signature: {
			statement: t("certificates.tax.signature.statement"),
			label: t("certificates.tax.signature.label"),
		},
		footer: t("certificates.tax.footer", { date: date(certificate.issuedAt.slice(0, 10)), group: issuer.legalName }),
	});
}

/** The file name of a mutuality certificate (« attestation-mutualite-R7K2….pdf »). */
export function mutualityCertificateFileName(certificate: MutualityCertificate, language: Language): string {
	return `${translatorFor(language)("certificates.mutuality.fileName")}-${registrationReference(certificate.registrationId)}.pdf`;
}

/**
 * The mutuality certificate of participation as a PDF, in the reader's language, ready to sign
 * and stamp — or signed, with `signature`, the organiser's image (PNG) from its settings.
 */
export function renderMutualityCertificatePdf(
	certificate: MutualityCertificate,
	language: Language,
	signature: Buffer | null = null,
): Promise<Buffer> {
	const t = translatorFor(language);
	const date = (day: string) => formatDate(day, language);
	const { organiser, child } = certificate;
	const dates =
		certificate.firstDay === certificate.lastDay
			? date(certificate.firstDay)
			: t("certificates.tax.periods.range", { from: date(certificate.firstDay), to: date(certificate.lastDay) });
	return renderCertificate({
		languageTag: languageTags[language],
		title: t("certificates.mutuality.title"),
		subtitle: t("certificates.mutuality.subtitle", { activity: certificate.offerTitle }),
		reference: t("certificates.mutuality.reference", { reference: registrationReference(certificate.registrationId) }),
		groupName: organiser.name,
		frames: [
			{
				heading: t("certificates.mutuality.organiser.heading"),
				intro: "",
				rows: [
					{ label: t("certificates.mutuality.organiser.name"), value: organiser.name },
					...(organiser.street
						? [{ label: t("certificates.mutuality.organiser.address"), value: addressLine(organiser) }]
						: []),
					...(organiser.companyNumber
						? [
								{
									label: t("certificates.mutuality.organiser.companyNumber"),
									value: formatCompanyNumber(organiser.companyNumber),
								},
							]
						: []),
					...(organiser.recognition
						? [{ label: t("certificates.mutuality.organiser.recognition"), value: organiser.recognition }]
						: []),
				],
			},
			{
				heading: t("certificates.mutuality.child.heading"),
				intro: "",
				rows: [
					{
						label: t("certificates.mutuality.child.name"),
						value: `${child.lastName.toLocaleUpperCase(languageTags[language])} ${child.firstName}`,
					},
					...(child.birthDate
						? [{ label: t("certificates.mutuality.child.birthDate"), value: date(child.birthDate) }]
						: []),
				],
			},
			{
				heading: t("certificates.mutuality.activity.heading"),
				intro: t("certificates.mutuality.statement"),
				rows: [
					{ label: t("certificates.mutuality.activity.title"), value: certificate.offerTitle },
					{ label: t("certificates.mutuality.activity.house"), value: certificate.houseName },
					{ label: t("certificates.mutuality.activity.dates"), value: dates },
					{ label: t("certificates.mutuality.activity.days"), value: String(certificate.days.length) },
					{ label: t("certificates.mutuality.activity.amount"), value: formatMoney(certificate.paidCents, language) },
					{
						label: t("certificates.mutuality.activity.paidOn"),
						value: certificate.paidOn ? date(certificate.paidOn) : "",
					},
				],
			},
		],
		table: null,
		notes: [],
		signature: {
			statement: t("certificates.mutuality.signature.statement"),
			label: t("certificates.mutuality.signature.label"),
			image: signature,
		},
		footer: t("certificates.mutuality.footer", { date: date(dateInBrussels()), group: organiser.name }),
	});
}
