/** The house's forms on a family's document (« Accepter », « Refuser »), for browser and action. */
import { z } from "zod";
import { MAX_REFUSAL_REASON_LENGTH } from "./document-uploads.ts";

/** « Accepter le document »: nothing to fill in. */
export const acceptUploadSchema = z.object({});

/** « Refuser le document »: the reason the family will read. */
export const refuseUploadSchema = z.object({
	reason: z
		.string({ message: "uploads.review.reasonRequired" })
		.trim()
		.min(1, "uploads.review.reasonRequired")
		.max(MAX_REFUSAL_REASON_LENGTH, "uploads.review.reasonTooLong"),
});
