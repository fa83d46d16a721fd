import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import { certifyingAuthorities } from "#app/db/schema.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import {
	CheckboxField,
	Field,
	FormAlert,
	ReplyErrors,
	replyFor,
	SelectField,
	SubmitButton,
	useAppForm,
} from "#app/ui/form.tsx";
import { formatMoney } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Pager, pageHref } from "#app/ui/pager.tsx";
import { Section } from "#app/ui/section.tsx";
import { BillingNav } from "../+nav.tsx";
import type { Route } from "./+types/index";
import { certificateIntents } from "./forms.ts";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"billing.staff.nav",
		"billing.staff.runs.noSettings",
		"billing.staff.title",
		"certificates.staff",
		"certificates.tax.authorities",
	],
};

export { action, loader } from "./index.server.ts";

type Data = Route.ComponentProps["loaderData"];
type Reply = Parameters<typeof replyFor>[0];

function IssueForm({ data, reply }: { data: Data; reply: Reply }) {
	const { t } = useT();
	const [form, fields] = useAppForm({
		id: "issue-certificates",
		constraint: data.constraints.issue,
		schema: () => import("#app/domain/billing/certificate-input.ts").then((m) => m.issueCertificatesSchema),
		lastResult: replyFor(reply, certificateIntents.issue) as never,
		defaultValue: { incomeYear: String(data.year) },
	});
	return (
		<Form method="post" {...getFormProps(form)} className="flex flex-wrap items-end gap-4">
			<input type="hidden" name="intent" value={certificateIntents.issue} />
			<div className="basis-full">
				<FormAlert errors={form.errors} />
			</div>
			<div className="w-full sm:w-56">
				<Field meta={fields.incomeYear} label={t("certificates.staff.issue.year")} required />
			</div>
			<SubmitButton intent={certificateIntents.issue}>{t("certificates.staff.issue.submit")}</SubmitButton>
		</Form>
	);
}

function CapForm({ data, reply }: { data: Data; reply: Reply }) {
	const { t, language } = useT();
	const current = data.caps.find((cap) => cap.incomeYear === data.year);
	const [form, fields] = useAppForm({
		id: "save-cap",
		constraint: data.constraints.cap,
		schema: () => import("#app/domain/billing/certificate-input.ts").then((m) => m.taxCertificateCapSchema),
		lastResult: replyFor(reply, certificateIntents.cap) as never,
		defaultValue: {
			incomeYear: String(data.year),
			dailyCap: current ? (current.dailyCapCents / 100).toFixed(2).replace(".", language === "en" ? "." : ",") : "",
			confirmed: current?.confirmed ? "on" : undefined,
		},
	});
	return (
		<>
			<p className="mb-3 text-stone-700">{t("certificates.staff.caps.intro")}</p>
			<table className="mb-4 w-full text-left text-sm">
				<thead>
					<tr className="border-b border-stone-300">
						<th className="py-2 pr-4">{t("certificates.staff.caps.year")}</th>
						<th className="py-2 pr-4 text-right">{t("certificates.staff.caps.cap")}</th>
						<th className="py-2">{t("certificates.staff.list.status")}</th>
					</tr>
				</thead>
				<tbody>
					{data.caps.map((cap) => (
						<tr key={cap.incomeYear} className="border-b border-stone-200">
							<td className="py-2 pr-4">{cap.incomeYear}</td>
							<td className="py-2 pr-4 text-right">{formatMoney(cap.dailyCapCents, language)}</td>
							<td className="py-2">
								{cap.confirmed ? t("certificates.staff.caps.confirmed") : t("certificates.staff.caps.unconfirmed")}
							</td>
						</tr>
					))}
				</tbody>
			</table>
			<Form method="post" {...getFormProps(form)} className="space-y-4">
				<input type="hidden" name="intent" value={certificateIntents.cap} />
				<FormAlert errors={form.errors} />
				<div className="grid gap-4 sm:grid-cols-2">
					<Field meta={fields.incomeYear} label={t("certificates.staff.caps.year")} required />
					<Field meta={fields.dailyCap} label={t("certificates.staff.caps.cap")} required />
				</div>
				<CheckboxField meta={fields.confirmed} label={t("certificates.staff.caps.confirmed")} />
				<SubmitButton intent={certificateIntents.cap} variant="secondary">
					{t("certificates.staff.caps.submit")}
				</SubmitButton>
			</Form>
		</>
	);
}

function AuthorityForm({ data, reply }: { data: Data; reply: Reply }) {
	const { t } = useT();
	const [form, fields] = useAppForm({
		id: "save-authority",
		constraint: data.constraints.authority,
		schema: () => import("#app/domain/billing/certificate-input.ts").then((m) => m.certifyingAuthoritySchema),
		lastResult: replyFor(reply, certificateIntents.authority) as never,
		defaultValue: data.authority ?? { authority: "one" },
	});
	return (
		<Form method="post" {...getFormProps(form)} className="space-y-4">
			<input type="hidden" name="intent" value={certificateIntents.authority} />
			<FormAlert errors={form.errors} />
			<SelectField
				meta={fields.authority}
				label={t("certificates.staff.authority.kind")}
				options={certifyingAuthorities.map((kind) => ({
					value: kind,
					label: t(`certificates.tax.authorities.${kind}`),
				}))}
				required
			/>
			<Field meta={fields.authorityName} label={t("certificates.staff.authority.name")} />
			<Field meta={fields.authorityNumber} label={t("certificates.staff.authority.number")} />
			<Field meta={fields.recognition} label={t("certificates.staff.authority.recognition")} />
			<SubmitButton intent={certificateIntents.authority} variant="secondary">
				{t("certificates.staff.authority.submit")}
			</SubmitButton>
		</Form>
	);
}

/** The signature image of the mutuality certificates: a PNG or JPEG upload, or a blank box to sign by hand. */
function SignatureForms({ data, reply }: { data: Data; reply: Reply }) {
	const { t } = useT();
	return (
		<div className="space-y-4">
			<p className="text-sm text-stone-700">{t("certificates.staff.signature.lead")}</p>
			<p className="font-medium">
				{t(data.hasSignature ? "certificates.staff.signature.current" : "certificates.staff.signature.none")}
			</p>
			<Form method="post" encType="multipart/form-data" className="space-y-3">
				<input type="hidden" name="intent" value={certificateIntents.signature} />
				<div>
					<label htmlFor="certificate-signature" className="font-semibold text-stone-800">
						{t("certificates.staff.signature.file")}
					</label>
					<input
						id="certificate-signature"
						name="signature"
						type="file"
						accept="image/png,image/jpeg"
						required
						className="mt-1 block w-full text-sm"
					/>
				</div>
				<ReplyErrors result={reply} intent={certificateIntents.signature} />
				<SubmitButton intent={certificateIntents.signature} variant="secondary">
					{t("certificates.staff.signature.submit")}
				</SubmitButton>
			</Form>
			{data.hasSignature ? (
				<Form method="post">
					<input type="hidden" name="intent" value={certificateIntents.removeSignature} />
					<SubmitButton intent={certificateIntents.removeSignature} variant="secondary">
						{t("certificates.staff.signature.remove")}
					</SubmitButton>
				</Form>
			) : null}
		</div>
	);
}

/** The anomaly of the year: debtors whose valid certificates lack their national number (f2011). */
function DebtorsWithoutNationalNumber({ data }: { data: Data }) {
	const { t } = useT();
	return (
		<section
			aria-labelledby="debtors-without-national-number"
			className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950"
		>
			<h2 id="debtors-without-national-number" className="font-semibold">
				{t("certificates.staff.debtorsWithoutNationalNumber.heading")}
			</h2>
			<p className="mt-1 text-sm">{t("certificates.staff.debtorsWithoutNationalNumber.lead")}</p>
			<ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
				{data.debtorsWithoutNationalNumber.map((debtor) => (
					<li key={debtor.debtorUserId}>
						<span className="font-medium">{debtor.name}</span> ·{" "}
						{t("certificates.staff.debtorsWithoutNationalNumber.certificates", { count: debtor.certificates })}
						{debtor.givenSince ? ` · ${t("certificates.staff.debtorsWithoutNationalNumber.givenSince")}` : null}
					</li>
				))}
			</ul>
		</section>
	);
}

/** « Attestations fiscales » (issue 14 §9–10): issue a year, list and download, the caps, cadre I. */
export default function StaffCertificates({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const data = loaderData;
	const reply = (actionData as { result?: Reply } | undefined)?.result;
	const base = `/staff/${data.group.id}/billing/certificates`;
	return (
		<>
			<title>{`${t("certificates.staff.title")} · ${data.group.name} · Ribambelle`}</title>
			<BillingNav groupId={data.group.id} />
			<PageHeader title={t("certificates.staff.title")} lead={t("certificates.staff.intro")} />
			{data.hasSettings ? null : (
				<p role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
					{t("certificates.staff.noSettings")}
				</p>
			)}
			<Section title={t("certificates.staff.issue.heading")}>
				<IssueForm data={data} reply={reply} />
			</Section>

			{data.debtorsWithoutNationalNumber.length > 0 ? <DebtorsWithoutNationalNumber data={data} /> : null}

			<Section
				title={t("certificates.staff.list.heading", { year: data.year })}
				className="mt-6"
				actions={
					data.certificates.length > 0 ? (
						<a href={`${base}/belcotax.xml?year=${data.year}`} className="font-semibold text-brand-800 underline">
							{t("certificates.staff.list.xml")}
						</a>
					) : null
				}
			>
				<nav aria-label={t("certificates.staff.list.chooseYear")} className="mb-4 flex flex-wrap gap-2">
					{data.years.map((year) => (
						<Link
							key={year}
							to={`?year=${year}`}
							aria-current={year === data.year ? "page" : undefined}
							className="inline-flex min-h-11 items-center rounded-md border border-stone-300 bg-white px-3 font-medium text-brand-800 underline aria-[current=page]:border-brand-700 aria-[current=page]:no-underline"
						>
							{year}
						</Link>
					))}
				</nav>
				{data.certificates.length === 0 && data.page === 1 ? (
					<p className="text-stone-700">{t("certificates.staff.list.empty")}</p>
				) : (
					<div className="relative overflow-x-auto">
						<table className="w-full min-w-[40rem] text-left text-sm">
							<thead>
								<tr className="border-b border-stone-300">
									<th className="py-2 pr-3">{t("certificates.staff.list.number")}</th>
									<th className="py-2 pr-3">{t("certificates.staff.list.child")}</th>
									<th className="py-2 pr-3">{t("certificates.staff.list.debtor")}</th>
									<th className="py-2 pr-3 text-right">{t("certificates.staff.list.days")}</th>
									<th className="py-2 pr-3 text-right">{t("certificates.staff.list.amount")}</th>
									<th className="py-2 pr-3 text-right">{t("certificates.staff.list.capped")}</th>
									<th className="py-2 pr-3">{t("certificates.staff.list.status")}</th>
									<th className="py-2">
										<span className="sr-only">{t("certificates.staff.list.download")}</span>
									</th>
								</tr>
							</thead>
							<tbody>
								{data.certificates.map((certificate) => (
									<tr key={certificate.id} className="border-b border-stone-200">
										<td className="py-2 pr-3 font-mono">{certificate.label}</td>
										<td className="py-2 pr-3">{certificate.childName}</td>
										<td className="py-2 pr-3">{certificate.debtorName}</td>
										<td className="py-2 pr-3 text-right">{certificate.totalDays}</td>
										<td className="py-2 pr-3 text-right">{formatMoney(certificate.totalCents, language)}</td>
										<td className="py-2 pr-3 text-right">{formatMoney(certificate.cappedTotalCents, language)}</td>
										<td className="py-2 pr-3">
											{certificate.cancelled
												? t("certificates.staff.list.cancelled")
												: t("certificates.staff.list.current")}
											{!certificate.cancelled && certificate.debtorNationalNumberMissing ? (
												<span className="mt-1 block text-amber-900">
													{t("certificates.staff.list.debtorNationalNumberMissing")}
												</span>
											) : null}
										</td>
										<td className="py-2">
											<a
												href={`${base}/${certificate.id}/tax.pdf`}
												aria-label={t("certificates.staff.list.downloadLabel", { number: certificate.label })}
												className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
											>
												{t("certificates.staff.list.download")}
											</a>
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				)}
				<Pager
					label={t("certificates.staff.list.heading", { year: data.year })}
					page={data.page > 1 || data.hasMore ? data.page : undefined}
					previous={data.page > 1 ? pageHref(base, { year: String(data.year) }, data.page - 1) : null}
					next={data.hasMore ? pageHref(base, { year: String(data.year) }, data.page + 1) : null}
				/>
			</Section>

			<div className="mt-6 grid gap-6 lg:grid-cols-2">
				<Section title={t("certificates.staff.caps.heading")}>
					<CapForm data={data} reply={reply} />
				</Section>
				<Section title={t("certificates.staff.authority.heading")}>
					<AuthorityForm data={data} reply={reply} />
				</Section>
				<Section title={t("certificates.staff.signature.heading")}>
					<SignatureForms data={data} reply={reply} />
				</Section>
			</div>
		</>
	);
}
