import type { Database } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import { consumeRateLimits } from "#app/infra/rate-limit.server.ts";
import { isLanguage, type Language } from "#app/locales/languages.ts";
import { parseInput } from "../validation.ts";
import { identifierKind, resendSchema } from "./account-input.ts";
import { findUserByEmail, findUserByUsername } from "./accounts.repository.server.ts";
import { accountConfirmationLink } from "./links.server.ts";
import { accountRateLimitRules } from "./rate-limits.ts";

/**
 * "Renvoyer l'e-mail de confirmation". Sends a fresh link when the account exists and is not
 * confirmed yet; answers the same in every case.
 */
export async function resendConfirmation(options: {
	db: Database;
	/** E-mail address or username, as typed. */
	input: { identifier?: unknown };
	language: Language;
	ipAddress: string;
}): Promise<{ outcome: "check-mailbox" }> {
	const { db, ipAddress } = options;
	const { identifier } = parseInput(resendSchema, options.input);
	await consumeRateLimits(db, accountRateLimitRules("resend", ipAddress, identifier));
	await db.transaction().execute(async (trx) => {
		const user =
			identifierKind(identifier) === "email"
				? await findUserByEmail(trx, identifier)
				: await findUserByUsername(trx, identifier);
		if (!user || user.email_verified) return;
		await enqueueMail(trx, {
			to: user.email,
			language: isLanguage(user.language) ? user.language : options.language,
			template: "account.confirm",
			data: { firstName: user.first_name, url: await accountConfirmationLink(user) },
		});
		await recordAuditEvent(trx, {
			actorUserId: null,
			action: "auth.confirmation.resent",
			targetType: "user",
			targetId: user.id,
			ipAddress,
		});
	});
	// Mail leaves as soon as the change has committed.
	wakeMailSender();
	return { outcome: "check-mailbox" };
}
