import { z } from "zod";
import { isoDate } from "#app/domain/form-fields.ts";

/** The longest period one run may bill: a school year's worth of days. */
export const MAX_RUN_DAYS = 366;

function daysBetween(from: string, to: string): number {
	return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/**
 * What a group admin asks of a run: the service days to bill (`from`–`to`, inclusive, at most
 * 366 days, `from` not after `to`), and optionally one offer, for invoicing at an offer's end
 * (then the period is not used for its registrations).
 */
export const invoiceRunSchema = z
	.object({
		from: isoDate(),
		to: isoDate(),
		offerId: z.string().trim().min(1).max(64).optional(),
	})
	.superRefine((input, context) => {
		if (input.to < input.from)
			context.addIssue({ code: "custom", path: ["to"], message: "billing.staff.runs.toBeforeFrom" });
		else if (daysBetween(input.from, input.to) >= MAX_RUN_DAYS)
			context.addIssue({ code: "custom", path: ["to"], message: "billing.staff.runs.tooLong" });
	});
export type InvoiceRunInput = z.input<typeof invoiceRunSchema>;
