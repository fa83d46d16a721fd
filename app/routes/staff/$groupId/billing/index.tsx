import { getFormProps } from "@conform-to/react";
import { Form, Link, useLocation } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { Field, FormAlert, ReplyErrors, replyFor, SelectField, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { formatDate, formatMoney } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import { BillingNav } from "./+nav.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["billing.staff", "billing.validation"] };

export { action, loader } from "./index.server.ts";

type Data = Route.ComponentProps["loaderData"];
type LastResult = NonNullable<Route.ComponentProps["actionData"]>["result"];

function DraftRun({ draft, lastResult }: { draft: NonNullable<Data["draft"]>; lastResult: LastResult | undefined }) {
	const { t, language } = useT();
	const money = (cents: number) => formatMoney(cents, language);
	const total = draft.invoices.reduce((sum, invoice) => sum + invoice.totalCents, 0);
	return (
		<Section
			title={t("billing.staff.runs.draftTitle", {
				from: formatDate(draft.from, language),
				to: formatDate(draft.to, language),
			})}
			className="border-amber-300"
		>
			<p className="mb-3 font-semibold">
				{t("billing.staff.runs.summary", { count: draft.invoices.length, amount: money(total) })}
			</p>
			<h3 className="font-semibold text-stone-900">{t("billing.staff.runs.anomalies")}</h3>
			{draft.anomalies.length === 0 ? (
				<p className="mb-3 text-stone-700">{t("billing.staff.runs.noAnomaly")}</p>
			) : (
				<ul className="mb-3 list-disc space-y-1 pl-5 text-amber-900">
					{draft.anomalies.map((anomaly) => (
						<li key={`${anomaly.kind}-${"childId" in anomaly ? anomaly.childId : anomaly.debtorName}`}>
							{t(`billing.staff.runs.anomaly.${anomaly.kind}`, {
								...anomaly,
								amount: "totalCents" in anomaly ? money(anomaly.totalCents) : "",
							})}
						</li>
					))}
				</ul>
			)}
			{draft.invoices.length > 0 ? (
				<ul className="mb-4 divide-y divide-stone-100 rounded-md border border-stone-200">
					{draft.invoices.map((invoice) => (
						<li key={invoice.id} className="flex flex-wrap justify-between gap-2 px-3 py-2">
							<Link to={`invoices/${invoice.id}`} className="font-medium text-brand-800 underline">
								{invoice.debtorName}
							</Link>
							<span className="font-semibold">{money(invoice.totalCents)}</span>
						</li>
					))}
				</ul>
			) : null}
			<div className="flex flex-wrap gap-3">
				<Form method="post">
					<input type="hidden" name="runId" value={draft.id} />
					<SubmitButton name="intent" value="confirm-run">
						{t("billing.staff.runs.confirm")}
					</SubmitButton>
				</Form>
				<Form method="post">
					<input type="hidden" name="runId" value={draft.id} />
					<SubmitButton name="intent" value="discard-run" variant="secondary">
						{t("billing.staff.runs.discard")}
					</SubmitButton>
				</Form>
			</div>
			<ReplyErrors result={lastResult} intent="confirm-run" />
			<ReplyErrors result={lastResult} intent="discard-run" />
		</Section>
	);
}

/** « Facturation » for group admins: prepare a run, check it, issue it; add manual lines. */
export default function Billing({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const location = useLocation();
	const data = loaderData;
	const lastResult = actionData?.result;
	const [runForm, runFields] = useAppForm({
		id: "create-run",
		constraint: data.constraints.run,
		schema: () => import("#app/domain/billing/invoice-run-input.ts").then((m) => m.invoiceRunSchema),
		lastResult: replyFor(lastResult, "create-run"),
	});
	const [adjustmentForm, adjustmentFields] = useAppForm({
		id: "add-adjustment",
		constraint: data.constraints.adjustment,
		schema: () => import("#app/domain/billing/payment-input.ts").then((m) => m.adjustmentSchema),
		lastResult: replyFor(lastResult, "add-adjustment"),
	});
	const money = (cents: number) => formatMoney(cents, language);
	return (
		<>
			<title>{`${t("billing.staff.title")} · ${data.group.name} · Ribambelle`}</title>
			<PageHeader title={t("billing.staff.title")} lead={t("billing.staff.runs.lead")} />
			<BillingNav groupId={data.group.id} />
			<div className="space-y-6">
				{!data.hasSettings ? (
					<p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 font-medium text-amber-900">
						<Link to="settings" className="underline">
							{t("billing.staff.runs.noSettings")}
						</Link>
					</p>
				) : null}
				{data.draft ? <DraftRun draft={data.draft} lastResult={lastResult} /> : null}
				<Section title={t("billing.staff.runs.newTitle")}>
					<Form key={location.key} method="post" {...getFormProps(runForm)} className="space-y-4">
						<input type="hidden" name="intent" value="create-run" />
						<FormAlert errors={runForm.errors} />
						<div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
							<Field meta={runFields.from} label={t("billing.staff.runs.from")} type="date" required />
							<Field meta={runFields.to} label={t("billing.staff.runs.to")} type="date" required />
							<SelectField
								meta={runFields.offerId}
								label={t("billing.staff.runs.offer")}
								placeholder={t("billing.staff.runs.allOffers")}
								options={data.offers.map((offer) => ({
									value: offer.id,
									label: `${offer.title} (${formatDate(offer.first_day, language)})`,
								}))}
							/>
						</div>
						<SubmitButton intent="create-run">{t("billing.staff.runs.create")}</SubmitButton>
					</Form>
				</Section>
				<Section title={t("billing.staff.adjustments.title")}>
					<p className="mb-3 text-stone-700">{t("billing.staff.adjustments.lead")}</p>
					<Form key={location.key} method="post" {...getFormProps(adjustmentForm)} className="space-y-4">
						<input type="hidden" name="intent" value="add-adjustment" />
						<FormAlert errors={adjustmentForm.errors} />
						<div className="grid gap-4 sm:grid-cols-2">
							<Field meta={adjustmentFields.fileNumber} label={t("billing.staff.adjustments.fileNumber")} required />
							<Field
								meta={adjustmentFields.serviceOn}
								label={t("billing.staff.adjustments.serviceOn")}
								type="date"
								required
							/>
							<Field meta={adjustmentFields.description} label={t("billing.staff.adjustments.description")} required />
							<Field meta={adjustmentFields.amountCents} label={t("billing.staff.adjustments.amount")} required />
						</div>
						<SubmitButton intent="add-adjustment">{t("billing.staff.adjustments.add")}</SubmitButton>
					</Form>
				</Section>
				<Section title={t("billing.staff.runs.history")}>
					{data.runs.length === 0 ? (
						<p className="text-stone-700">{t("billing.staff.runs.none")}</p>
					) : (
						<ul className="divide-y divide-stone-100">
							{data.runs.map((run) => (
								<li key={run.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
									<span>
										{t("billing.staff.runs.period", {
											from: formatDate(run.from, language),
											to: formatDate(run.to, language),
										})}
										{run.offerTitle ? ` · ${run.offerTitle}` : ""}
									</span>
									<span className="text-sm text-stone-700">
										{t(`billing.staff.runs.status.${run.status}`)} ·{" "}
										{t("billing.staff.runs.summary", { count: run.invoiceCount, amount: money(run.totalCents) })}
									</span>
								</li>
							))}
						</ul>
					)}
				</Section>
			</div>
		</>
	);
}
