import type { Database } from "#app/db/db.server.ts";
import { toIso } from "#app/db/dialect.server.ts";
import { newId } from "#app/infra/ids.ts";

/** better-auth's provider id for e-mail/username + password accounts. */
export const CREDENTIAL_PROVIDER = "credential";

const userColumns = [
	"id",
	"email",
	"email_verified",
	"username",
	"display_username",
	"first_name",
	"last_name",
	"language",
] as const;

export async function findUserByEmail(db: Database, email: string) {
	return db.selectFrom("users").select(userColumns).where("email", "=", email.trim().toLowerCase()).executeTakeFirst();
}

export async function findUserByUsername(db: Database, username: string) {
	return db
		.selectFrom("users")
		.select(userColumns)
		.where("username", "=", username.trim().toLowerCase())
		.executeTakeFirst();
}

export async function findUserById(db: Database, id: string) {
	return db.selectFrom("users").select(userColumns).where("id", "=", id).executeTakeFirst();
}

export async function findCredentialPasswordHash(db: Database, userId: string): Promise<string | null> {
	const row = await db
		.selectFrom("accounts")
		.select("password")
		.where("user_id", "=", userId)
		.where("provider_id", "=", CREDENTIAL_PROVIDER)
		.executeTakeFirst();
	return row?.password ?? null;
}

/** Stores a password hash, creating the credential account for users who came by OpenID. */
export async function saveCredentialPasswordHash(db: Database, userId: string, hash: string, at: Date) {
	const updated = await db
		.updateTable("accounts")
		.set({ password: hash, updated_at: at })
		.where("user_id", "=", userId)
		.where("provider_id", "=", CREDENTIAL_PROVIDER)
		.executeTakeFirst();
	if (Number(updated.numUpdatedRows) > 0) return;
	await db
		.insertInto("accounts")
		.values({
			id: newId(),
			user_id: userId,
			account_id: userId,
			provider_id: CREDENTIAL_PROVIDER,
			password: hash,
			created_at: at,
			updated_at: at,
		})
		.execute();
}

/** Creates a user with a password account (better-auth's "credential" provider). */
export async function insertUserWithPassword(
	db: Database,
	user: {
		id: string;
		email: string;
		username: string | null;
		firstName: string;
		lastName: string;
		language: string;
		passwordHash: string;
		emailVerified: boolean;
		at: Date;
	},
) {
	await db
		.insertInto("users")
		.values({
			id: user.id,
			name: `${user.firstName} ${user.lastName}`,
			email: user.email.toLowerCase(),
			email_verified: user.emailVerified,
			username: user.username?.toLowerCase() ?? null,
			display_username: user.username,
			first_name: user.firstName,
			last_name: user.lastName,
			language: user.language,
			created_at: user.at,
			updated_at: user.at,
		})
		.execute();
	await db
		.insertInto("accounts")
		.values({
			id: newId(),
			user_id: user.id,
			account_id: user.id,
			provider_id: CREDENTIAL_PROVIDER,
			password: user.passwordHash,
			created_at: user.at,
			updated_at: user.at,
		})
		.execute();
}

export async function insertVerification(
	db: Database,
	verification: { id: string; identifier: string; value: string; expiresAt: Date; at: Date },
) {
	await db
		.insertInto("verifications")
		.values({
			id: verification.id,
			identifier: verification.identifier,
			value: verification.value,
			expires_at: verification.expiresAt,
			created_at: verification.at,
			updated_at: verification.at,
		})
		.execute();
}

/**
 * Takes a single-use token: returns its value and deletes it, or returns undefined when it
 * does not exist or has expired. Call inside the transaction that acts on it.
 */
export async function takeVerification(db: Database, identifier: string, at: Date): Promise<string | undefined> {
	const row = await db
		.selectFrom("verifications")
		.select(["id", "value", "expires_at"])
		.where("identifier", "=", identifier)
		.executeTakeFirst();
	if (!row) return undefined;
	await db.deleteFrom("verifications").where("id", "=", row.id).execute();
	return toIso(row.expires_at) > at.toISOString() ? row.value : undefined;
}

export async function listSessionsOfUser(db: Database, userId: string, at: Date) {
	const rows = await db
		.selectFrom("sessions")
		.select(["id", "token", "ip_address", "user_agent", "created_at", "updated_at", "expires_at"])
		.where("user_id", "=", userId)
		.orderBy("updated_at", "desc")
		.execute();
	return rows
		.map((row) => ({
			...row,
			created_at: toIso(row.created_at),
			updated_at: toIso(row.updated_at),
			expires_at: toIso(row.expires_at),
		}))
		.filter((row) => row.expires_at > at.toISOString());
}

/** Deletes the user's sessions, all of them or all but the one whose token is kept. */
export async function deleteSessionsOfUser(db: Database, userId: string, keepToken?: string) {
	let query = db.deleteFrom("sessions").where("user_id", "=", userId);
	if (keepToken) query = query.where("token", "!=", keepToken);
	await query.execute();
}

/**
 * Deletes every outstanding password-reset link of a user (rows `reset-password:<token>` whose
 * value is the user id, the naming better-auth uses too), so that only the newest password holds.
 */
export async function deletePasswordResetsOfUser(db: Database, userId: string) {
	await db
		.deleteFrom("verifications")
		.where("identifier", "like", "reset-password:%")
		.where("value", "=", userId)
		.execute();
}
