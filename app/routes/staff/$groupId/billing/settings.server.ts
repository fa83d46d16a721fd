import { getDb } from "#app/db/db.server.ts";
import { formatIban } from "#app/domain/billing/bank-account.ts";
import { readBillingSettings, saveBillingSettings } from "#app/domain/billing/billing-settings.server.ts";
import { billingSettingsSchema } from "#app/domain/billing/billing-settings-input.ts";
import { formatCompanyNumber } from "#app/domain/billing/invoice-format.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { requireGroupAdmin, requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/settings";
import { typedValues } from "./forms.server.ts";

/** « Données de facturation » (group admins): the creditor data of the group's invoices. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	requireGroupAdmin(staff);
	const settings = await readBillingSettings(getDb(), staff.group.id);
	return {
		group: staff.group,
		settings: settings
			? {
					legalName: settings.legal_name,
					street: settings.street,
					postalCode: settings.postal_code,
					locality: settings.locality,
					companyNumber: formatCompanyNumber(settings.company_number),
					iban: formatIban(settings.iban),
					bic: settings.bic,
					paymentDays: String(settings.payment_days),
					reminderDays: String(settings.reminder_days),
				}
			: { legalName: staff.group.name, paymentDays: "30", reminderDays: "15" },
		constraints: { settings: formConstraint(billingSettingsSchema) },
	};
}

export async function action({ request, context, params }: Route.ActionArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	requireGroupAdmin(staff);
	return handleForm({
		request,
		schema: billingSettingsSchema,
		run: async (_values, form) => {
			const values = typedValues(form);
			await saveBillingSettings({
				db: getDb(),
				actor: staff.actor,
				input: {
					legalName: values.legalName ?? "",
					street: values.street ?? "",
					postalCode: values.postalCode ?? "",
					locality: values.locality ?? "",
					companyNumber: values.companyNumber ?? "",
					iban: values.iban ?? "",
					bic: values.bic ?? "",
					paymentDays: values.paymentDays ?? "",
					reminderDays: values.reminderDays ?? "",
				},
			});
			return redirectWithFlash(`/staff/${staff.group.id}/billing/settings`, {
				message: "billing.staff.settings.saved",
			});
		},
	});
}
