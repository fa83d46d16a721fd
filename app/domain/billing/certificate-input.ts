import { z } from "zod";
import { certifyingAuthorities } from "#app/db/schema.ts";
import { text } from "#app/domain/form-fields.ts";
import { isValidCompanyNumber } from "./invoice-format.ts";

/** « 16,90 » or « 16.90 » → 1690 cents, by string (never through a float); null when not an amount. */
function dailyCents(value: string): number | null {
	const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(value.trim().replace(/\s*€$/, ""));
	return match ? Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0")) : null;
}

/** Income years certificates can be issued for: from the 2020 reform's first year on. */
export const firstIncomeYear = 2020;

const incomeYear = (message: string) =>
	text(message)
		.trim()
		.regex(/^\d{4}$/, message)
		.transform(Number)
		.pipe(z.number().int().min(firstIncomeYear, message).max(2100, message));

/** « Émettre les attestations » for one income year. */
export const issueCertificatesSchema = z.object({
	incomeYear: incomeYear("certificates.staff.yearInvalid"),
});
export type IssueCertificatesInput = z.input<typeof issueCertificatesSchema>;

/** A change of a year's daily cap (euros as typed) and whether SPF Finances confirmed it. */
export const taxCertificateCapSchema = z.object({
	incomeYear: incomeYear("certificates.staff.yearInvalid"),
	dailyCap: text("certificates.staff.capInvalid")
		.transform((value, context) => {
			const cents = dailyCents(value);
			if (cents === null || cents === 0 || cents > 100_00) {
				context.addIssue({ code: "custom", message: "certificates.staff.capInvalid" });
				return z.NEVER;
			}
			return cents;
		})
		.pipe(z.number().int()),
	confirmed: z.literal("on").optional(),
});
export type TaxCertificateCapInput = z.input<typeof taxCertificateCapSchema>;

/** Cadre I (the certifying authority) and the recognition printed on mutuality certificates. */
export const certifyingAuthoritySchema = z
	.object({
		authority: z.enum(certifyingAuthorities, { message: "validation.required" }),
		authorityName: z.string().trim().max(120, "validation.tooLong").optional(),
		authorityNumber: z
			.string()
			.trim()
			.optional()
			.refine((value) => !value || isValidCompanyNumber(value), "certificates.staff.authorityNumberInvalid"),
		recognition: z.string().trim().max(200, "validation.tooLong").optional(),
	})
	.refine(
		(input) => !(input.authority === "local_authority" || input.authority === "other") || Boolean(input.authorityName),
		{ path: ["authorityName"], message: "certificates.staff.authorityNameRequired" },
	);
export type CertifyingAuthorityInput = z.input<typeof certifyingAuthoritySchema>;
