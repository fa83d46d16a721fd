import { hashPassword, verifyPassword } from "better-auth/crypto";
import type { Database } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { now } from "#app/infra/clock.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { changePasswordSchema } from "./account-input.ts";
import {
	deletePasswordResetsOfUser,
	deleteSessionsOfUser,
	findCredentialPasswordHash,
	saveCredentialPasswordHash,
} from "./accounts.repository.server.ts";
import { isWeakPassword } from "./password-policy.server.ts";
import type { Viewer } from "./session.server.ts";

/**
 * "Changer mon mot de passe": needs the current one; ends every other session (whoever knew
 * the old password is out) and every outstanding reset link, and tells the owner by mail.
 */
export async function changePassword(options: {
	db: Database;
	viewer: Viewer;
	input: { currentPassword?: unknown; password?: unknown; confirmPassword?: unknown };
	ipAddress: string;
}): Promise<void> {
	const { db, viewer, ipAddress } = options;
	const input = parseInput(changePasswordSchema, options.input);
	const currentHash = await findCredentialPasswordHash(db, viewer.userId);
	if (!currentHash || !(await verifyPassword({ hash: currentHash, password: input.currentPassword }))) {
		throw new AppError("VALIDATION", { fieldErrors: { currentPassword: ["auth.password.currentWrong"] } });
	}
	if (isWeakPassword(input.password, [viewer.username ?? "", viewer.email, viewer.firstName, viewer.lastName])) {
		throw new AppError("VALIDATION", { fieldErrors: { password: ["auth.password.common"] } });
	}
	const hash = await hashPassword(input.password);
	await db.transaction().execute(async (trx) => {
		await saveCredentialPasswordHash(trx, viewer.userId, hash, now());
		await deleteSessionsOfUser(trx, viewer.userId, viewer.sessionToken);
		await deletePasswordResetsOfUser(trx, viewer.userId);
		await enqueueMail(trx, {
			to: viewer.email,
			language: viewer.language,
			template: "password.changed",
			data: { firstName: viewer.firstName },
		});
		await recordAuditEvent(trx, {
			actorUserId: viewer.userId,
			action: "auth.password.changed",
			targetType: "user",
			targetId: viewer.userId,
			ipAddress,
		});
	});
	// Mail leaves as soon as the change has committed.
	wakeMailSender();
}
