/**
 * Builders for billing tests, through the real use cases: a group's creditor settings, and an
 * issued run of invoices.
 */
import { getDb } from "#app/db/db.server.ts";
import { saveBillingSettings } from "#app/domain/billing/billing-settings.server.ts";
import { confirmInvoiceRun } from "#app/domain/billing/confirm-invoice-run.server.ts";
import { createInvoiceRun } from "#app/domain/billing/create-invoice-run.server.ts";
import type { StaffAccess } from "#app/domain/groups/permissions.ts";
import { staffActor } from "./factories.ts";

type Admin = { id: string; access: StaffAccess };

/** Valid creditor data: a Belgian IBAN and BIC, a BCE number whose check digits are right. */
export const billingSettingsInput = {
	legalName: "Administration communale de Limbourg",
	street: "Place Saint-Georges 1",
	postalCode: "4830",
	locality: "Limbourg",
	companyNumber: "0123.456.749",
	iban: "BE68 5390 0754 7034",
	bic: "GKCCBEBB",
	paymentDays: "30",
	reminderDays: "15",
};

/** Saves the creditor settings of the admin's group. */
export async function setUpBilling(admin: Admin) {
	await saveBillingSettings({ db: getDb(), actor: staffActor(admin), input: billingSettingsInput });
}

/** A run over the period, confirmed at once: the issued invoices' count and total. */
export async function issueInvoices(admin: Admin, period: { from: string; to: string; offerId?: string }) {
	const run = await createInvoiceRun({ db: getDb(), actor: staffActor(admin), input: period });
	const issued = await confirmInvoiceRun({ db: getDb(), actor: staffActor(admin), runId: run.runId });
	return { ...run, ...issued };
}
