import { generateRandomString, verifyPassword } from "better-auth/crypto";
import type { Database } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { now } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import { consumeRateLimits } from "#app/infra/rate-limit.server.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { changeEmailSchema } from "./account-input.ts";
import { findCredentialPasswordHash, findUserByEmail, insertVerification } from "./accounts.repository.server.ts";
import { appLink } from "./links.server.ts";
import { accountRateLimitRules } from "./rate-limits.ts";
import type { Viewer } from "./session.server.ts";

export const EMAIL_CHANGE_SECONDS = 24 * 60 * 60;

export function emailChangeIdentifier(token: string): string {
	return `change-email:${token}`;
}

/**
 * "Changer mon adresse e-mail": the new address must be confirmed from its own mailbox before
 * it replaces the old one. Accounts with a password must type it. When the new address
 * already belongs to an account nothing is sent, and the answer is the same.
 */
export async function requestEmailChange(options: {
	db: Database;
	viewer: Viewer;
	input: { newEmail?: unknown; currentPassword?: unknown };
	ipAddress: string;
}): Promise<{ outcome: "check-mailbox"; newEmail: string }> {
	const { db, viewer, ipAddress } = options;
	const input = parseInput(changeEmailSchema, options.input);
	const newEmail = input.newEmail.toLowerCase();
	await consumeRateLimits(db, accountRateLimitRules("changeEmail", ipAddress, viewer.email));
	const hash = await findCredentialPasswordHash(db, viewer.userId);
	if (hash && !(await verifyPassword({ hash, password: input.currentPassword ?? "" }))) {
		throw new AppError("VALIDATION", { fieldErrors: { currentPassword: ["auth.password.currentWrong"] } });
	}
	if (newEmail === viewer.email) {
		throw new AppError("VALIDATION", { fieldErrors: { newEmail: ["auth.email.unchanged"] } });
	}
	await db.transaction().execute(async (trx) => {
		if (await findUserByEmail(trx, newEmail)) return;
		const at = now();
		const token = generateRandomString(32, "a-z", "A-Z", "0-9");
		await insertVerification(trx, {
			id: newId(),
			identifier: emailChangeIdentifier(token),
			value: JSON.stringify({ userId: viewer.userId, newEmail }),
			expiresAt: new Date(at.getTime() + EMAIL_CHANGE_SECONDS * 1000),
			at,
		});
		await enqueueMail(trx, {
			to: newEmail,
			language: viewer.language,
			template: "email.change",
			data: { firstName: viewer.firstName, newEmail, url: appLink("/account/confirm-email", { token }) },
		});
		await recordAuditEvent(trx, {
			actorUserId: viewer.userId,
			action: "auth.email_change.requested",
			targetType: "user",
			targetId: viewer.userId,
			ipAddress,
		});
	});
	// Mail leaves as soon as the change has committed.
	wakeMailSender();
	return { outcome: "check-mailbox", newEmail };
}
