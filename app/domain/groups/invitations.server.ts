import { createHash } from "node:crypto";
import { generateRandomString } from "better-auth/crypto";
import type { Database } from "#app/db/db.server.ts";

export const INVITATION_DAYS = 7;

/** A new invitation token (sent in the link) and its hash (stored). */
export function newInvitationToken(): { token: string; tokenHash: string } {
	const token = generateRandomString(40, "a-z", "A-Z", "0-9");
	return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
	return createHash("sha256").update(token).digest("hex");
}

/** An invitation that can still be accepted: not used, not withdrawn, not expired. */
export async function findUsableInvitation(db: Database, token: string, nowIso: string) {
	if (token.length === 0 || token.length > 200) return undefined;
	return db
		.selectFrom("staff_invitations")
		.innerJoin("groups", "groups.id", "staff_invitations.group_id")
		.select([
			"staff_invitations.id",
			"staff_invitations.group_id",
			"staff_invitations.email",
			"staff_invitations.role",
			"staff_invitations.house_ids",
			"groups.name as group_name",
		])
		.where("staff_invitations.token_hash", "=", hashInvitationToken(token))
		.where("staff_invitations.accepted_at", "is", null)
		.where("staff_invitations.revoked_at", "is", null)
		.where("staff_invitations.expires_at", ">", nowIso)
		.executeTakeFirst();
}

/** The group's invitations still waiting for an answer. */
export async function listPendingInvitations(db: Database, groupId: string, nowIso: string) {
	return db
		.selectFrom("staff_invitations")
		.select(["id", "email", "role", "expires_at", "created_at"])
		.where("group_id", "=", groupId)
		.where("accepted_at", "is", null)
		.where("revoked_at", "is", null)
		.where("expires_at", ">", nowIso)
		.orderBy("created_at", "desc")
		.execute();
}
