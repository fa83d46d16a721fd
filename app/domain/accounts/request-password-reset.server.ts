import { generateRandomString } from "better-auth/crypto";
import type { Database } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { now } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import { consumeRateLimits } from "#app/infra/rate-limit.server.ts";
import { isLanguage, type Language } from "#app/locales/languages.ts";
import { parseInput } from "../validation.ts";
import { emailOnlySchema } from "./account-input.ts";
import { findUserByEmail, insertVerification } from "./accounts.repository.server.ts";
import { appLink } from "./links.server.ts";
import { accountRateLimitRules } from "./rate-limits.ts";

export const PASSWORD_RESET_SECONDS = 60 * 60;

/** The verification row of a reset token (better-auth's naming, so both read the same rows). */
export function passwordResetIdentifier(token: string): string {
	return `reset-password:${token}`;
}

/**
 * "Mot de passe oublié ?". Mails a single-use link valid one hour when the address has an
 * account; answers the same whether or not it does.
 */
export async function requestPasswordReset(options: {
	db: Database;
	input: { email?: unknown };
	language: Language;
	ipAddress: string;
}): Promise<{ outcome: "check-mailbox" }> {
	const { db, ipAddress } = options;
	const { email } = parseInput(emailOnlySchema, options.input);
	await consumeRateLimits(db, accountRateLimitRules("forgotPassword", ipAddress, email));
	await db.transaction().execute(async (trx) => {
		const user = await findUserByEmail(trx, email);
		if (!user) return;
		const at = now();
		const token = generateRandomString(32, "a-z", "A-Z", "0-9");
		await insertVerification(trx, {
			id: newId(),
			identifier: passwordResetIdentifier(token),
			value: user.id,
			expiresAt: new Date(at.getTime() + PASSWORD_RESET_SECONDS * 1000),
			at,
		});
		await enqueueMail(trx, {
			to: user.email,
			language: isLanguage(user.language) ? user.language : options.language,
			template: "password.reset",
			data: { firstName: user.first_name, url: appLink("/reset-password", { token }) },
		});
		await recordAuditEvent(trx, {
			actorUserId: null,
			action: "auth.password_reset.requested",
			targetType: "user",
			targetId: user.id,
			ipAddress,
		});
	});
	// Mail leaves as soon as the change has committed.
	wakeMailSender();
	return { outcome: "check-mailbox" };
}
