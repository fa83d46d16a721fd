import { hashPassword } from "better-auth/crypto";
import type { Database } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { now } from "#app/infra/clock.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import { isLanguage } from "#app/locales/languages.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { resetPasswordSchema } from "./account-input.ts";
import {
	deletePasswordResetsOfUser,
	deleteSessionsOfUser,
	findUserById,
	saveCredentialPasswordHash,
	takeVerification,
} from "./accounts.repository.server.ts";
import { isWeakPassword } from "./password-policy.server.ts";
import { passwordResetIdentifier } from "./request-password-reset.server.ts";

/**
 * Sets a new password from a reset link. The link works once and for one hour; every other
 * reset link of the account stops working, every session of the account is ended except the
 * one making this request (when it is the same account's), and the owner is told by mail.
 * Following the link proves the mailbox, so the address counts as confirmed afterwards.
 * Throws VALIDATION (`auth.reset.invalidToken`, `auth.password.common`).
 */
export async function resetPassword(options: {
	db: Database;
	input: { token?: unknown; password?: unknown; confirmPassword?: unknown };
	ipAddress: string;
	/** The session token of the browser making the request, if signed in: it stays signed in. */
	currentSessionToken?: string;
}): Promise<{ userId: string }> {
	const { db, ipAddress } = options;
	const input = parseInput(resetPasswordSchema, options.input);
	const hash = await hashPassword(input.password);
	const result = await db.transaction().execute(async (trx) => {
		const at = now();
		const userId = await takeVerification(trx, passwordResetIdentifier(input.token), at);
		const user = userId ? await findUserById(trx, userId) : undefined;
		if (!user) throw new AppError("VALIDATION", { fieldErrors: { form: ["auth.reset.invalidToken"] } });
		if (isWeakPassword(input.password, [user.username ?? "", user.email, user.first_name, user.last_name])) {
			throw new AppError("VALIDATION", { fieldErrors: { password: ["auth.password.common"] } });
		}
		await saveCredentialPasswordHash(trx, user.id, hash, at);
		await trx.updateTable("users").set({ email_verified: true, updated_at: at }).where("id", "=", user.id).execute();
		await deletePasswordResetsOfUser(trx, user.id);
		// A token of another account's session matches none of this user's rows: all end.
		await deleteSessionsOfUser(trx, user.id, options.currentSessionToken);
		await enqueueMail(trx, {
			to: user.email,
			language: isLanguage(user.language) ? user.language : "fr",
			template: "password.changed",
			data: { firstName: user.first_name },
		});
		await recordAuditEvent(trx, {
			actorUserId: user.id,
			action: "auth.password_reset.completed",
			targetType: "user",
			targetId: user.id,
			ipAddress,
		});
		return { userId: user.id };
	});
	// Mail leaves as soon as the change has committed.
	wakeMailSender();
	return result;
}
