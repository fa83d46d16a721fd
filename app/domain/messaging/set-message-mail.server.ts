import type { Database } from "#app/db/db.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { parseInput } from "../validation.ts";
import { type MessageMailInput, messageMailSchema } from "./message-mail-input.ts";

/**
 * Records how a parent hears of staff messages: `instant` (a mail for each, the default) or
 * `daily` (one digest at 18:00, Brussels time; `sendMessageDigests`). Choosing `daily` again
 * keeps the moment it was first chosen, so a second save loses nothing from the next digest;
 * switching from `instant` starts the digest from now (earlier messages were mailed already).
 *
 * @throws AppError VALIDATION when the choice is neither.
 */
export async function setMessageMail(options: {
	db: Database;
	/** The parent, who only ever changes their own choice. */
	userId: string;
	input: MessageMailInput;
}): Promise<void> {
	const { messageMail } = parseInput(messageMailSchema, options.input);
	const update = options.db.updateTable("users").where("id", "=", options.userId);
	if (messageMail === "instant") {
		await update.set({ message_mail: "instant", message_mail_since: null }).execute();
		return;
	}
	await update
		.set({ message_mail: "daily", message_mail_since: nowIso() })
		.where("message_mail", "=", "instant")
		.execute();
}
