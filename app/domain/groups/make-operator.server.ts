import { generateRandomString } from "better-auth/crypto";
import { z } from "zod";
import type { Database } from "#app/db/db.server.ts";
import { findUserByEmail, insertVerification } from "#app/domain/accounts/accounts.repository.server.ts";
import { appLink } from "#app/domain/accounts/links.server.ts";
import { passwordResetIdentifier } from "#app/domain/accounts/request-password-reset.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { now } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { AppError } from "../app-error.ts";
import { text } from "../form-fields.ts";
import { parseInput } from "../validation.ts";

const SET_PASSWORD_HOURS = 24;

const operatorInput = z.object({
	email: text().trim().pipe(z.email("validation.email")),
	firstName: z.string().trim().max(80).default(""),
	lastName: z.string().trim().max(80).default(""),
});

/**
 * Makes someone a platform operator (from the command line). A new address gets an account
 * and a one-time link to choose its password, valid 24 hours; an existing account is promoted.
 */
export async function makeOperator(options: {
	db: Database;
	input: { email: string; firstName?: string; lastName?: string };
}): Promise<{ userId: string; created: boolean; setPasswordUrl: string | null }> {
	const input = parseInput(operatorInput, options.input);
	return options.db.transaction().execute(async (trx) => {
		const at = now();
		const existing = await findUserByEmail(trx, input.email);
		let userId = existing?.id;
		let setPasswordUrl: string | null = null;
		if (!userId) {
			userId = newId();
			await trx
				.insertInto("users")
				.values({
					id: userId,
					name: `${input.firstName} ${input.lastName}`.trim() || input.email,
					email: input.email.toLowerCase(),
					email_verified: true,
					first_name: input.firstName,
					last_name: input.lastName,
					language: "fr",
					created_at: at,
					updated_at: at,
				})
				.execute();
			// The password is chosen through the reset page: the same single-use token.
			const token = generateRandomString(32, "a-z", "A-Z", "0-9");
			await insertVerification(trx, {
				id: newId(),
				identifier: passwordResetIdentifier(token),
				value: userId,
				expiresAt: new Date(at.getTime() + SET_PASSWORD_HOURS * 60 * 60 * 1000),
				at,
			});
			setPasswordUrl = appLink("/reset-password", { token });
		}
		const already = await trx
			.selectFrom("operators")
			.select("user_id")
			.where("user_id", "=", userId)
			.executeTakeFirst();
		if (already && existing) throw new AppError("CONFLICT", { message: "already an operator" });
		if (!already) await trx.insertInto("operators").values({ user_id: userId, created_at: at.toISOString() }).execute();
		await recordAuditEvent(trx, {
			actorUserId: null,
			action: "operator.granted",
			targetType: "user",
			targetId: userId,
		});
		return { userId, created: !existing, setPasswordUrl };
	});
}
