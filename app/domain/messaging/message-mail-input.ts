import { z } from "zod";
import { messageMailModes } from "#app/db/schema.ts";

/** « Notifications des messages » in « Mes données »: a mail for each message, or one a day. */
export const messageMailSchema = z.object({
	messageMail: z.enum(messageMailModes, "validation.choose"),
});

export type MessageMailInput = z.input<typeof messageMailSchema>;
