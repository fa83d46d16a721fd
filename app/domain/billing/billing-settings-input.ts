import { z } from "zod";
import { belgianPostalCodePattern, text } from "#app/domain/form-fields.ts";
import { normaliseBic, normaliseIban } from "./bank-account.ts";
import { isValidCompanyNumber } from "./invoice-format.ts";

const days = (max: number) =>
	text()
		.trim()
		.regex(/^\d{1,3}$/, "billing.validation.days")
		.transform(Number)
		.pipe(z.number().int().min(1, "billing.validation.days").max(max, "billing.validation.days"));

/**
 * A group's billing settings as the form sends them. The IBAN is checked by its ISO 13616 check
 * digits and, for a Belgian account, by the national check (bank-account.ts); the BIC by ISO
 * 9362; the company number by the BCE/KBO mod 97.
 */
export const billingSettingsSchema = z.object({
	legalName: text().trim().min(1, "validation.required").max(120, "validation.tooLong"),
	street: text().trim().min(1, "validation.required").max(120, "validation.tooLong"),
	postalCode: text().trim().regex(belgianPostalCodePattern, "billing.validation.postalCode"),
	locality: text().trim().min(1, "validation.required").max(80, "validation.tooLong"),
	companyNumber: text()
		.trim()
		.refine(isValidCompanyNumber, "billing.validation.companyNumber")
		.transform((value) => value.replace(/\D/g, "")),
	iban: text().transform((value, context) => {
		const iban = normaliseIban(value);
		if (iban === null) {
			context.addIssue({ code: "custom", message: "billing.validation.iban" });
			return z.NEVER;
		}
		return iban;
	}),
	bic: text().transform((value, context) => {
		const bic = normaliseBic(value);
		if (bic === null) {
			context.addIssue({ code: "custom", message: "billing.validation.bic" });
			return z.NEVER;
		}
		return bic;
	}),
	paymentDays: days(120),
	reminderDays: days(120),
});
export type BillingSettingsInput = z.input<typeof billingSettingsSchema>;
