/** Outbox helpers for mail tests: enqueue through the real function, read rows back. */
import { type Database, getDb } from "#app/db/db.server.ts";
import type { OutboxMail } from "#app/db/schema.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import type { Language } from "#app/locales/languages.ts";

let sequence = 0;

/** A unique recipient per call, so tests in one file never see each other's mail. */
export function uniqueRecipient(label = "parent"): string {
	sequence += 1;
	return `${label}-${sequence}-${Date.now().toString(36)}@example.test`;
}

/** Enqueues a password reset (a mail with a link) and returns its recipient. */
export async function enqueueResetMail(
	options: {
		to?: string;
		language?: Language;
		/** A transaction, to test what happens when it rolls back. */
		db?: Database;
	} = {},
): Promise<string> {
	const to = options.to ?? uniqueRecipient();
	await enqueueMail(options.db ?? getDb(), {
		to,
		language: options.language ?? "fr",
		template: "password.reset",
		data: { firstName: "Amélie", url: `https://portail.example/reset-password?token=secret-${sequence}` },
	});
	return to;
}

export async function outboxRowFor(to: string): Promise<OutboxMail> {
	return getDb().selectFrom("outbox_mails").selectAll().where("to_address", "=", to).executeTakeFirstOrThrow();
}

/** The `token` of the newest staff invitation mailed to `email` (from its link). */
export async function invitationTokenSentTo(email: string): Promise<string> {
	const mail = await getDb()
		.selectFrom("outbox_mails")
		.select("data")
		.where("to_address", "=", email)
		.where("template", "=", "staff.invitation")
		.orderBy("created_at", "desc")
		.executeTakeFirstOrThrow();
	const { url } = JSON.parse(mail.data) as { url: string };
	return new URL(url).searchParams.get("token") ?? "";
}
