import type { Database } from "#app/db/db.server.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import type { MailTemplateName, MailTemplates } from "#app/infra/mail/templates.ts";
import { isLanguage, type Language } from "#app/locales/languages.ts";
import { listGuardians } from "./families.repository.server.ts";

/** A child's name as the mails and letters write it. */
export function childDisplayName(child: { first_name: string; last_name: string }): string {
	return `${child.first_name} ${child.last_name}`.trim();
}

/**
 * Enqueues one mail per guardian of a child, each in the guardian's language, inside the
 * caller's transaction (so the mails exist only if the change commits).
 */
export async function mailGuardians<Template extends MailTemplateName>(
	trx: Database,
	options: {
		childId: string;
		template: Template;
		/** Guardians who need no mail about it (the one who acted). */
		except?: ReadonlySet<string>;
		/** Mail only these guardians. */
		only?: ReadonlySet<string>;
		data: (guardian: { firstName: string; language: Language }) => MailTemplates[Template];
	},
): Promise<number> {
	const guardians = await listGuardians(trx, options.childId);
	let sent = 0;
	for (const guardian of guardians) {
		if (options.except?.has(guardian.user_id)) continue;
		if (options.only && !options.only.has(guardian.user_id)) continue;
		const language = isLanguage(guardian.language) ? guardian.language : "fr";
		await enqueueMail(trx, {
			to: guardian.email,
			language,
			template: options.template,
			data: options.data({ firstName: guardian.first_name, language }),
		});
		sent += 1;
	}
	return sent;
}
