import { getFormProps } from "@conform-to/react";
import { Form } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { Field, FormAlert, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import { BillingNav } from "./+nav.tsx";
import type { Route } from "./+types/settings";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["billing.staff", "billing.validation"] };

export { action, loader } from "./settings.server.ts";

/** The group's creditor data: name, address, BCE number, IBAN and BIC, payment and reminder delays. */
export default function BillingSettings({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const [form, fields] = useAppForm({
		id: "billing-settings",
		constraint: loaderData.constraints.settings,
		schema: () => import("#app/domain/billing/billing-settings-input.ts").then((m) => m.billingSettingsSchema),
		lastResult: actionData?.result,
		defaultValue: loaderData.settings,
		guardUnsaved: true,
	});
	return (
		<>
			<title>{`${t("billing.staff.settings.title")} · ${loaderData.group.name} · Ribambelle`}</title>
			<PageHeader title={t("billing.staff.title")} lead={t("billing.staff.settings.lead")} />
			<BillingNav groupId={loaderData.group.id} />
			<Section title={t("billing.staff.settings.title")}>
				<Form method="post" {...getFormProps(form)} className="space-y-4">
					<FormAlert errors={form.errors} />
					<div className="grid gap-4 sm:grid-cols-2">
						<Field meta={fields.legalName} label={t("billing.staff.settings.legalName")} required />
						<Field meta={fields.companyNumber} label={t("billing.staff.settings.companyNumber")} required />
						<Field
							meta={fields.street}
							label={t("billing.staff.settings.street")}
							autoComplete="street-address"
							required
						/>
						<div className="grid grid-cols-[8rem_1fr] gap-4">
							<Field
								meta={fields.postalCode}
								label={t("billing.staff.settings.postalCode")}
								autoComplete="postal-code"
								required
							/>
							<Field
								meta={fields.locality}
								label={t("billing.staff.settings.locality")}
								autoComplete="address-level2"
								required
							/>
						</div>
						<Field meta={fields.iban} label={t("billing.staff.settings.iban")} required />
						<Field meta={fields.bic} label={t("billing.staff.settings.bic")} required />
						<Field meta={fields.paymentDays} label={t("billing.staff.settings.paymentDays")} required />
						<Field meta={fields.reminderDays} label={t("billing.staff.settings.reminderDays")} required />
					</div>
					<SubmitButton>{t("billing.staff.settings.save")}</SubmitButton>
				</Form>
			</Section>
		</>
	);
}
