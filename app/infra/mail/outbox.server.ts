import type { Database } from "#app/db/db.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import type { Language } from "#app/locales/languages.ts";
import type { MailTemplateName, MailTemplates } from "./templates.ts";

export type OutgoingMail<Template extends MailTemplateName> = {
	to: string;
	language: Language;
	template: Template;
	data: MailTemplates[Template];
};

/**
 * Writes a mail to the outbox. Call it with the transaction of the change that asks for the
 * mail: the row exists if and only if the change committed, and the sender delivers it
 * afterwards (at least once, with retries).
 */
export async function enqueueMail<Template extends MailTemplateName>(
	db: Database,
	mail: OutgoingMail<Template>,
): Promise<void> {
	const timestamp = nowIso();
	await db
		.insertInto("outbox_mails")
		.values({
			id: newId(),
			to_address: mail.to,
			language: mail.language,
			template: mail.template,
			data: JSON.stringify(mail.data),
			status: "pending",
			attempts: 0,
			next_attempt_at: timestamp,
			created_at: timestamp,
		})
		.execute();
}
