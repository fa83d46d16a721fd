import { z } from "zod";
import { isoDate, isRealDate, text } from "../form-fields.ts";

/** A required calendar date that exists (`YYYY-MM-DD`). */
const requiredDate = () =>
	text()
		.regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")
		.refine(isRealDate, "validation.date");

/** « Inscrire dans une maison »: the house, from when, and until when if known. */
export const enrolChildSchema = z
	.object({
		houseId: text("families.enrolments.chooseHouse").max(64),
		startsOn: requiredDate(),
		endsOn: isoDate().optional(),
	})
	.refine((values) => !values.endsOn || values.endsOn >= values.startsOn, {
		path: ["endsOn"],
		message: "families.enrolments.endBeforeStart",
	});
export type EnrolChildInput = z.input<typeof enrolChildSchema>;

/** « Terminer l'inscription »: the child's last day in the house. */
export const endEnrolmentSchema = z.object({
	enrolmentId: text().max(64),
	endsOn: requiredDate(),
});
export type EndEnrolmentInput = z.input<typeof endEnrolmentSchema>;
