import { hashPassword } from "better-auth/crypto";
import type { Database } from "#app/db/db.server.ts";
import { isUniqueViolation } from "#app/db/dialect.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { now } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import { consumeRateLimits } from "#app/infra/rate-limit.server.ts";
import { isLanguage, type Language } from "#app/locales/languages.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { type SignUpInput, signUpSchema } from "./account-input.ts";
import { findUserByEmail, findUserByUsername, insertUserWithPassword } from "./accounts.repository.server.ts";
import { accountConfirmationLink, appLink } from "./links.server.ts";
import { isWeakPassword } from "./password-policy.server.ts";
import { accountRateLimitRules } from "./rate-limits.ts";

/**
 * "S'inscrire". Creates an unconfirmed account and mails the confirmation link. When the
 * address already has an account, nothing is created and that address is told someone tried:
 * the answer is the same either way, so the form never reveals which addresses exist.
 * A taken username is reported (usernames are not secret; addresses are).
 */
export async function signUp(options: {
	db: Database;
	/** The form's fields as typed. */
	input: SignUpInput;
	/** The interface language: the account's language for mails. */
	language: Language;
	ipAddress: string;
}): Promise<{ outcome: "check-mailbox" }> {
	const { db, language, ipAddress } = options;
	await consumeRateLimits(db, accountRateLimitRules("signUp", ipAddress, String(options.input.email ?? "")));
	const input = parseInput(signUpSchema, options.input);
	const email = input.email.toLowerCase();
	if (isWeakPassword(input.password, [input.username, input.email, input.firstName, input.lastName])) {
		throw new AppError("VALIDATION", { fieldErrors: { password: ["auth.password.common"] } });
	}
	// Hashing is deliberately slow (scrypt): do it before taking the write lock.
	const passwordHash = await hashPassword(input.password);
	const userId = newId();

	try {
		await db.transaction().execute(async (trx) => {
			const existing = await findUserByEmail(trx, email);
			if (existing) {
				await enqueueMail(trx, {
					to: existing.email,
					language: isLanguage(existing.language) ? existing.language : language,
					template: "account.exists",
					data: {
						firstName: existing.first_name,
						signInUrl: appLink("/sign-in"),
						resetUrl: appLink("/forgot-password"),
					},
				});
				await recordAuditEvent(trx, {
					actorUserId: null,
					action: "auth.sign_up.existing_address",
					targetType: "user",
					targetId: existing.id,
					ipAddress,
				});
				return;
			}
			if (await findUserByUsername(trx, input.username)) {
				throw new AppError("CONFLICT", { fieldErrors: { username: ["auth.username.taken"] } });
			}
			await insertUserWithPassword(trx, {
				id: userId,
				email,
				username: input.username,
				firstName: input.firstName,
				lastName: input.lastName,
				language,
				passwordHash,
				emailVerified: false,
				at: now(),
			});
			await enqueueMail(trx, {
				to: email,
				language,
				template: "account.confirm",
				data: { firstName: input.firstName, url: await accountConfirmationLink({ id: userId, email }) },
			});
			await recordAuditEvent(trx, {
				actorUserId: userId,
				action: "auth.sign_up.created",
				targetType: "user",
				targetId: userId,
				ipAddress,
			});
		});
		// Mail leaves as soon as the change has committed.
		wakeMailSender();
	} catch (error) {
		// Two sign-ups racing for the same username or address: the loser learns only what a
		// sequential attempt would have told it.
		if (isUniqueViolation(error)) {
			const takenUsername = await findUserByUsername(db, input.username);
			if (takenUsername && takenUsername.email !== email) {
				throw new AppError("CONFLICT", { fieldErrors: { username: ["auth.username.taken"] } });
			}
			return { outcome: "check-mailbox" };
		}
		throw error;
	}
	return { outcome: "check-mailbox" };
}
