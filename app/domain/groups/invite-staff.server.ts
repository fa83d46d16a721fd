import { type Database, withTransaction } from "#app/db/db.server.ts";
import { appLink } from "#app/domain/accounts/links.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { now } from "#app/infra/clock.ts";
import { translatorFor } from "#app/infra/i18n.server.ts";
import { newId } from "#app/infra/ids.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import type { Language } from "#app/locales/languages.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { findGroupById } from "./groups.repository.server.ts";
import { INVITATION_DAYS, newInvitationToken } from "./invitations.server.ts";
import { isGroupAdmin, type StaffAccess } from "./permissions.ts";
import { housesOfGroup, isOperator } from "./staff.repository.server.ts";
import { type InviteStaffInput, inviteStaffSchema } from "./staff-input.ts";

/**
 * Invites someone to a group's staff by e-mail (single-use link, seven days). Group admins
 * invite to their group; an operator invites a group's first admin.
 */
export async function inviteStaff(options: {
	db: Database;
	/** Who invites: a group admin (with their access) or an operator. */
	actor: Actor & { access?: StaffAccess };
	groupId: string;
	input: InviteStaffInput;
	/** The language of the invitation mail (the inviter's). */
	language: Language;
}): Promise<{ invitationId: string }> {
	const { db, actor, groupId, language } = options;
	const asAdmin = actor.access?.groupId === groupId && isGroupAdmin(actor.access);
	const asOperator = !asAdmin && (await isOperator(db, actor.userId));
	if (!asAdmin && !asOperator) throw new AppError("FORBIDDEN");
	const input = parseInput(inviteStaffSchema, options.input);
	if (asOperator && input.role !== "admin") {
		throw new AppError("VALIDATION", { fieldErrors: { role: ["staff.invite.operatorInvitesAdmins"] } });
	}
	const email = input.email.toLowerCase();
	const result = await withTransaction(db, async (trx) => {
		const group = await findGroupById(trx, groupId);
		if (!group) throw new AppError("NOT_FOUND");
		const houseIds = input.role !== "admin" ? await housesOfGroup(trx, groupId, input.houseIds) : [];
		if (input.role !== "admin" && houseIds.length !== input.houseIds.length) {
			throw new AppError("VALIDATION", { fieldErrors: { houseIds: ["staff.houses.required"] } });
		}
		const member = await trx
			.selectFrom("staff_memberships")
			.innerJoin("users", "users.id", "staff_memberships.user_id")
			.select("staff_memberships.id")
			.where("staff_memberships.group_id", "=", groupId)
			.where("users.email", "=", email)
			.executeTakeFirst();
		if (member) throw new AppError("CONFLICT", { fieldErrors: { email: ["staff.invite.alreadyMember"] } });
		const inviter = await trx
			.selectFrom("users")
			.select(["first_name", "last_name"])
			.where("id", "=", actor.userId)
			.executeTakeFirstOrThrow();
		const at = now();
		const { token, tokenHash } = newInvitationToken();
		const invitationId = newId();
		await trx
			.insertInto("staff_invitations")
			.values({
				id: invitationId,
				group_id: groupId,
				email,
				role: input.role,
				house_ids: JSON.stringify(houseIds),
				token_hash: tokenHash,
				invited_by_user_id: actor.userId,
				expires_at: new Date(at.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000).toISOString(),
				created_at: at.toISOString(),
			})
			.execute();
		await enqueueMail(trx, {
			to: email,
			language,
			template: "staff.invitation",
			data: {
				firstName: "",
				groupName: group.name,
				inviterName: `${inviter.first_name} ${inviter.last_name}`.trim(),
				roleLabel: translatorFor(language)(`staff.roles.${input.role}`),
				url: appLink("/invitations/accept", { token }),
			},
		});
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "staff.invited",
			targetType: "invitation",
			targetId: invitationId,
			ipAddress: actor.ipAddress,
			details: { email, role: input.role },
		});
		return { invitationId };
	});
	wakeMailSender();
	return result;
}
