import { z } from "zod";
import { paymentMethods } from "#app/db/schema.ts";
import { isoDate, text } from "#app/domain/form-fields.ts";

/**
 * Euros as people type them (« 12 », « 12,50 », « -5.5 ») → exact integer cents, by string, never
 * through a float. Up to 999 999,99; `signed` allows a leading minus (credits). Null when the
 * text is not an amount.
 */
export function eurosToCents(value: string, options: { signed: boolean }): number | null {
	const match = /^(-)?\s*(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(value.trim().replace(/\s*€$/, ""));
	if (!match || (match[1] && !options.signed)) return null;
	const cents = Number(match[2]) * 100 + Number((match[3] ?? "0").padEnd(2, "0"));
	return match[1] ? -cents : cents;
}

const euros = (message: string, signed: boolean) =>
	text(message)
		.transform((value, context) => {
			const cents = eurosToCents(value, { signed });
			if (cents === null || cents === 0) {
				context.addIssue({ code: "custom", message });
				return z.NEVER;
			}
			return cents;
		})
		.pipe(
			z
				.number()
				.int()
				.min(signed ? -99_999_999 : 1, message),
		);

/** A payment as staff record it: a positive amount in euros, the day received, how, a note. */
export const paymentSchema = z.object({
	amountCents: euros("billing.staff.invoices.paymentAmountInvalid", false),
	receivedOn: isoDate(),
	method: z.enum(paymentMethods, { message: "validation.required" }),
	note: z.string().trim().max(200, "validation.tooLong").optional(),
});
export type PaymentInput = z.input<typeof paymentSchema>;

/** A manual line: the child's file number, the day, a label and a signed amount in euros (not 0). */
export const adjustmentSchema = z.object({
	fileNumber: text()
		.trim()
		.regex(/^\d{1,9}$/, "billing.staff.adjustments.unknownChild")
		.transform(Number),
	serviceOn: isoDate(),
	description: text().trim().min(1, "validation.required").max(120, "validation.tooLong"),
	amountCents: euros("billing.staff.adjustments.amountInvalid", true),
});
export type AdjustmentInput = z.input<typeof adjustmentSchema>;
