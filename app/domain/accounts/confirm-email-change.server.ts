import { z } from "zod";
import type { Database } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { now } from "#app/infra/clock.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import { isLanguage } from "#app/locales/languages.ts";
import { AppError } from "../app-error.ts";
import {
	deletePasswordResetsOfUser,
	findUserByEmail,
	findUserById,
	takeVerification,
} from "./accounts.repository.server.ts";
import { emailChangeIdentifier } from "./request-email-change.server.ts";

const pendingChange = z.object({ userId: z.string(), newEmail: z.string() });

/**
 * Follows the link sent to the new address: replaces the account's address (confirmed, since
 * the link came through it) and tells the old address. Works once, within a day. Reset links
 * mailed to the old address stop working.
 */
export async function confirmEmailChange(options: {
	db: Database;
	token: string;
	ipAddress: string;
}): Promise<{ userId: string; newEmail: string }> {
	const { db, ipAddress } = options;
	if (options.token.length === 0 || options.token.length > 200) throw new AppError("NOT_FOUND");
	const result = await db.transaction().execute(async (trx) => {
		const at = now();
		const value = await takeVerification(trx, emailChangeIdentifier(options.token), at);
		const change = value ? pendingChange.safeParse(JSON.parse(value)) : undefined;
		if (!change?.success) throw new AppError("NOT_FOUND");
		const user = await findUserById(trx, change.data.userId);
		if (!user) throw new AppError("NOT_FOUND");
		if (await findUserByEmail(trx, change.data.newEmail)) {
			throw new AppError("CONFLICT", { fieldErrors: { form: ["auth.email.taken"] } });
		}
		await trx
			.updateTable("users")
			.set({ email: change.data.newEmail, email_verified: true, updated_at: at })
			.where("id", "=", user.id)
			.execute();
		await deletePasswordResetsOfUser(trx, user.id);
		await enqueueMail(trx, {
			to: user.email,
			language: isLanguage(user.language) ? user.language : "fr",
			template: "email.changed",
			data: { firstName: user.first_name, newEmail: change.data.newEmail },
		});
		await recordAuditEvent(trx, {
			actorUserId: user.id,
			action: "auth.email.changed",
			targetType: "user",
			targetId: user.id,
			ipAddress,
			details: { from: user.email, to: change.data.newEmail },
		});
		return { userId: user.id, newEmail: change.data.newEmail };
	});
	// Mail leaves as soon as the change has committed.
	wakeMailSender();
	return result;
}
