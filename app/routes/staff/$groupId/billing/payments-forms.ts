/** The forms of the staff's « Paiements » page, shared by the browser and the action. */
import { z } from "zod";

/**
 * The largest CODA file accepted (about 7,000 records of 128 characters: months of a busy
 * account): under the server's default request limit (BODY_LIMIT_BYTES, 1 MB) with room for
 * the form around the file, so the browser says it here instead of the server's 413 page.
 */
export const MAX_CODA_BYTES = 900_000;

const movementId = z.string().trim().min(1).max(64);

/** « Importer un extrait CODA »: one file, not empty, at most `MAX_CODA_BYTES`. */
export const importCodaSchema = z.object({
	file: z
		.instanceof(File, { message: "billing.staff.payments.fileMissing" })
		.refine((file) => file.size > 0, "billing.staff.payments.fileMissing")
		.refine((file) => file.size <= MAX_CODA_BYTES, "billing.staff.payments.fileTooLarge"),
});

/** « Affecter »: a movement to the invoice of that number (« 2026/00012 »). */
export const matchMovementSchema = z.object({
	movementId,
	invoiceNumber: z
		.string({ message: "billing.staff.payments.unknownInvoice" })
		.trim()
		.min(1, "billing.staff.payments.unknownInvoice")
		.max(20, "billing.staff.payments.unknownInvoice"),
});

/** « Ignorer »: a movement that pays no invoice. */
export const ignoreMovementSchema = z.object({ movementId });
