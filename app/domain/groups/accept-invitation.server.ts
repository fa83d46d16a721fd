import { hashPassword } from "better-auth/crypto";
import type { z } from "zod";
import type { Database } from "#app/db/db.server.ts";
import {
	findUserByEmail,
	findUserById,
	findUserByUsername,
	insertUserWithPassword,
} from "#app/domain/accounts/accounts.repository.server.ts";
import { isWeakPassword } from "#app/domain/accounts/password-policy.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { now } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import type { Language } from "#app/locales/languages.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { findUsableInvitation } from "./invitations.server.ts";
import { lockGroupStaff, saveMembership } from "./staff.repository.server.ts";
import { invitationAccountSchema } from "./staff-input.ts";

/**
 * Accepts a staff invitation, once: the signed-in viewer joins the group, or a new account is
 * made for the invited address (with the password chosen here). The link proves the mailbox.
 *
 * Only its addressee may accept it: a signed-in viewer whose confirmed address is not the
 * invited one gets FORBIDDEN (`staff.invitation.wrongAccount`) and nothing changes, so an
 * admin opening a reader invitation meant for someone else cannot demote themselves. Someone
 * already on the group's staff gets CONFLICT (`staff.invitation.alreadyMember`): an
 * invitation adds a person, it never changes an existing role.
 * Throws NOT_FOUND when the link is unknown, used, withdrawn or expired.
 */
export async function acceptInvitation(options: {
	db: Database;
	token: string;
	/** The signed-in person accepting, if any. */
	viewerUserId: string | null;
	/** The new account's details, when nobody is signed in. */
	newAccount?: z.input<typeof invitationAccountSchema>;
	language: Language;
	ipAddress: string;
}): Promise<{ userId: string; groupId: string; email: string }> {
	const { db, token, viewerUserId, language, ipAddress } = options;
	const account = options.newAccount ? parseInput(invitationAccountSchema, options.newAccount) : undefined;
	const passwordHash = account ? await hashPassword(account.password) : undefined;
	return db.transaction().execute(async (trx) => {
		const at = now();
		const invitation = await findUsableInvitation(trx, token, at.toISOString());
		if (!invitation) throw new AppError("NOT_FOUND");
		await lockGroupStaff(trx, invitation.group_id);
		let userId = viewerUserId;
		if (userId) {
			const viewer = await findUserById(trx, userId);
			if (!viewer?.email_verified || viewer.email !== invitation.email.toLowerCase()) {
				throw new AppError("FORBIDDEN", { fieldErrors: { form: ["staff.invitation.wrongAccount"] } });
			}
			const member = await trx
				.selectFrom("staff_memberships")
				.select("id")
				.where("group_id", "=", invitation.group_id)
				.where("user_id", "=", userId)
				.executeTakeFirst();
			if (member) throw new AppError("CONFLICT", { fieldErrors: { form: ["staff.invitation.alreadyMember"] } });
		} else {
			if (!account || !passwordHash)
				throw new AppError("VALIDATION", { fieldErrors: { form: ["staff.invitation.signInFirst"] } });
			if (await findUserByEmail(trx, invitation.email)) {
				throw new AppError("CONFLICT", { fieldErrors: { form: ["staff.invitation.accountExists"] } });
			}
			if (await findUserByUsername(trx, account.username)) {
				throw new AppError("CONFLICT", { fieldErrors: { username: ["auth.username.taken"] } });
			}
			if (isWeakPassword(account.password, [account.username, invitation.email, account.firstName, account.lastName])) {
				throw new AppError("VALIDATION", { fieldErrors: { password: ["auth.password.common"] } });
			}
			userId = newId();
			await insertUserWithPassword(trx, {
				id: userId,
				email: invitation.email,
				username: account.username,
				firstName: account.firstName,
				lastName: account.lastName,
				language,
				passwordHash,
				emailVerified: true,
				at,
			});
		}
		await saveMembership(trx, {
			id: newId(),
			groupId: invitation.group_id,
			userId,
			role: invitation.role,
			houseIds: JSON.parse(invitation.house_ids) as string[],
			at: at.toISOString(),
		});
		await trx
			.updateTable("staff_invitations")
			.set({ accepted_at: at.toISOString(), accepted_by_user_id: userId })
			.where("id", "=", invitation.id)
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: userId,
			groupId: invitation.group_id,
			action: "staff.invitation.accepted",
			targetType: "invitation",
			targetId: invitation.id,
			ipAddress,
			details: { role: invitation.role },
		});
		return { userId, groupId: invitation.group_id, email: invitation.email };
	});
}
