import { z } from "zod";
import { messageMailModes } from "#app/db/schema.ts";

/** The `intent` of the form in « Mes données », beside the profile form. */
export const messageMailIntent = "message-mail";

/** « Notifications des messages » in « Mes données »: a mail for each message, or one a day. */
export const messageMailSchema = z.object({
	messageMail: z.enum(messageMailModes, "validation.choose"),
});

export type MessageMailInput = z.input<typeof messageMailSchema>;
