import { getFormProps } from "@conform-to/react";
import { Form, Link, useLocation } from "react-router";
import { paymentMethods } from "#app/db/schema.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { Field, FormAlert, ReplyErrors, replyFor, SelectField, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { formatDate, formatMoney } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import { InvoiceView } from "../../../+shared/billing/invoice-view.tsx";
import { BillingNav } from "./+nav.tsx";
import type { Route } from "./+types/invoice";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"billing.invoice",
		"billing.kind",
		"billing.status",
		"billing.staff",
		"billing.validation",
		"billing.parent.columns",
	],
};

export { action, loader } from "./invoice.server.ts";

/** An invoice for group admins: as the parent sees it, its payments, « Enregistrer un paiement », cancellation. */
export default function StaffInvoice({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const location = useLocation();
	const data = loaderData;
	const { invoice } = data;
	const lastResult = actionData?.result;
	const [paymentForm, paymentFields] = useAppForm({
		id: "record-payment",
		constraint: data.constraints.payment,
		schema: () => import("#app/domain/billing/payment-input.ts").then((m) => m.paymentSchema),
		lastResult: replyFor(lastResult, "record-payment"),
		defaultValue: { receivedOn: data.today, method: "bank_transfer" },
	});
	const title =
		invoice.status === "draft"
			? t("billing.invoice.draftTitle")
			: t(invoice.kind === "credit_note" ? "billing.invoice.creditNoteTitle" : "billing.invoice.title", {
					number: invoice.number,
				});
	return (
		<>
			<title>{`${title} · ${data.group.name} · Ribambelle`}</title>
			<PageHeader title={title} />
			<BillingNav groupId={data.group.id} />
			<InvoiceView
				invoice={invoice}
				actions={
					<p>
						<a
							href={`${data.id}/invoice.pdf`}
							className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
						>
							{t("billing.invoice.download")}
						</a>
					</p>
				}
			/>
			<div className="mt-6 grid gap-6 lg:grid-cols-2">
				<Section title={t("billing.staff.invoices.payments")}>
					{data.payments.length === 0 ? (
						<p className="text-stone-700">{t("billing.staff.invoices.noPayment")}</p>
					) : (
						<ul className="space-y-1">
							{data.payments.map((payment) => (
								<li key={payment.id}>
									{t("billing.staff.invoices.paymentLine", {
										amount: formatMoney(payment.amountCents, language),
										date: formatDate(payment.receivedOn, language),
										method: t(`billing.staff.invoices.method.${payment.method as "cash"}`),
									})}
								</li>
							))}
						</ul>
					)}
					{data.payable ? (
						<Form key={location.key} method="post" {...getFormProps(paymentForm)} className="mt-4 space-y-4">
							<input type="hidden" name="intent" value="record-payment" />
							<h3 className="font-semibold text-stone-900">{t("billing.staff.invoices.recordPayment")}</h3>
							<FormAlert errors={paymentForm.errors} />
							<div className="grid gap-4 sm:grid-cols-2">
								<Field meta={paymentFields.amountCents} label={t("billing.staff.invoices.paymentAmount")} required />
								<Field
									meta={paymentFields.receivedOn}
									label={t("billing.staff.invoices.paymentDate")}
									type="date"
									required
								/>
								<SelectField
									meta={paymentFields.method}
									label={t("billing.staff.invoices.paymentMethod")}
									options={paymentMethods.map((method) => ({
										value: method,
										label: t(`billing.staff.invoices.method.${method}`),
									}))}
									required
								/>
								<Field meta={paymentFields.note} label={t("billing.staff.invoices.paymentNote")} />
							</div>
							<SubmitButton intent="record-payment">{t("billing.staff.invoices.recordPayment")}</SubmitButton>
						</Form>
					) : null}
				</Section>
				{data.cancellable ? (
					<Section title={t("billing.staff.invoices.cancel")}>
						<Form method="post" className="space-y-4">
							<input type="hidden" name="intent" value="cancel-invoice" />
							<div>
								<label htmlFor="cancel-reason" className="font-semibold text-stone-800">
									{t("billing.staff.invoices.cancelReason")}
								</label>
								<input
									id="cancel-reason"
									name="reason"
									maxLength={200}
									className="mt-1 block w-full rounded-md border border-stone-400 px-3 py-2"
								/>
							</div>
							<SubmitButton intent="cancel-invoice" variant="danger">
								{t("billing.staff.invoices.cancel")}
							</SubmitButton>
							<ReplyErrors result={lastResult} intent="cancel-invoice" />
						</Form>
					</Section>
				) : null}
			</div>
			<p className="mt-6">
				<Link to={`/staff/${data.group.id}/billing/invoices`} className="font-medium text-brand-800 underline">
					← {t("billing.staff.invoices.title")}
				</Link>
			</p>
		</>
	);
}
