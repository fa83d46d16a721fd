/** The forms of « Documents publiés », shared by the browser and the actions. */
import { z } from "zod";

/** Longest title and description kept (a title is a line, a description a few sentences). */
export const MAX_PUBLICATION_TITLE = 160;
export const MAX_PUBLICATION_DESCRIPTION = 500;

const optionalId = z.string().trim().max(64).optional();
const translation = z.string().trim().max(MAX_PUBLICATION_TITLE, "documents.publish.tooLong").optional();

/** « Publier le document »: who (as counted on the page), then the title(s), a description; the file travels beside. */
export const publishSchema = z
	.object({
		audience: z.enum(["family", "offer", "house"], { message: "documents.publish.audienceRequired" }),
		houseId: optionalId,
		offerId: optionalId,
		status: z.enum(["all", "accepted", "waiting"]).default("all"),
		childId: optionalId,
		title: z
			.string({ message: "documents.publish.titleRequired" })
			.trim()
			.min(1, "documents.publish.titleRequired")
			.max(MAX_PUBLICATION_TITLE, "documents.publish.tooLong"),
		titleNl: translation,
		titleDe: translation,
		titleEn: translation,
		description: z.string().trim().max(MAX_PUBLICATION_DESCRIPTION, "documents.publish.tooLong").optional(),
	})
	.refine((values) => values.audience !== "offer" || Boolean(values.offerId), {
		path: ["offerId"],
		message: "documents.publish.offerRequired",
	})
	.refine((values) => values.audience !== "family" || Boolean(values.childId), {
		path: ["childId"],
		message: "documents.publish.childRequired",
	})
	.refine((values) => values.audience === "offer" || Boolean(values.houseId), {
		path: ["houseId"],
		message: "documents.publish.audienceRequired",
	});

/** « Retirer » on the list. */
export const withdrawSchema = z.object({ publicationId: z.string().trim().min(1).max(64) });
