/** The forms of « Messages », shared by the browser and the actions (parents and staff). */
import { z } from "zod";
import { MAX_BODY_LENGTH, MAX_SUBJECT_LENGTH } from "#app/domain/messaging/message-input.ts";

const id = z.string().trim().min(1).max(64);
const subject = z
	.string({ message: "messages.validation.subjectRequired" })
	.trim()
	.min(1, "messages.validation.subjectRequired")
	.max(MAX_SUBJECT_LENGTH, "messages.validation.subjectTooLong");
const body = z
	.string({ message: "messages.validation.bodyRequired" })
	.trim()
	.min(1, "messages.validation.bodyRequired")
	.max(MAX_BODY_LENGTH, "messages.validation.bodyTooLong");

/** « Nouveau message »: the child, the house, the subject and the message; files travel beside. */
export const newMessageSchema = z.object({
	childId: z.string({ message: "messages.validation.childRequired" }).trim().min(1).max(64),
	houseId: z.string({ message: "messages.validation.houseRequired" }).trim().min(1).max(64),
	subject,
	body,
});

/** « Répondre » in a thread (and a staff member's internal note). */
export const replySchema = z.object({ body });

/** « Attribuer à »: a colleague, or nobody (empty). */
export const assignSchema = z.object({ assigneeUserId: z.string().trim().max(64).optional() });

/** A ready answer: for one house, or (group admins) every house (`houseId` empty). */
export const templateSchema = z.object({
	houseId: z.string().trim().max(64).optional(),
	title: z
		.string({ message: "messages.validation.titleRequired" })
		.trim()
		.min(1, "messages.validation.titleRequired")
		.max(100, "messages.validation.subjectTooLong"),
	body,
});

export const deleteTemplateSchema = z.object({ templateId: id });

/** « Message groupé »: who, then what. */
export const broadcastSchema = z
	.object({
		audience: z.enum(["offer", "house", "group"], { message: "messages.validation.audienceRequired" }),
		offerId: z.string().trim().max(64).optional(),
		status: z.enum(["all", "accepted", "waiting"]).default("all"),
		houseId: z.string().trim().max(64).optional(),
		subject,
		body,
	})
	.refine((values) => values.audience !== "offer" || Boolean(values.offerId), {
		path: ["offerId"],
		message: "messages.validation.offerRequired",
	})
	.refine((values) => values.audience !== "house" || Boolean(values.houseId), {
		path: ["houseId"],
		message: "messages.validation.houseRequired",
	});
