import { createHmac, timingSafeEqual } from "node:crypto";
import { parseCookies } from "better-auth/cookies";
import type { Kysely } from "kysely";
import type { DB } from "#app/db/schema.ts";

/**
 * The session named by a request's signed session cookie, read straight from the database
 * when nothing needs writing, or `undefined` when better-auth must answer instead.
 *
 * better-auth's `getSession` verifies the cookie with WebCrypto (an async job per request),
 * then runs its endpoint machinery around one query; on a registration rush that is a tenth
 * of the server's CPU. This reads the same cookie the same way — `encodeURIComponent(token +
 * "." + base64(HMAC-SHA256(secret, token)))`, better-call's `signCookieValue` — with Node's
 * synchronous HMAC and one joined query. Whatever would make better-auth write (an expired
 * session to delete, a session due for its daily refresh) or is unusual (a missing row) is left
 * to better-auth: the answer is `undefined` then. A « don't remember me » session (its own
 * signed cookie) is never refreshed by better-auth either, so it is read here whatever its age.
 *
 * @returns `null` when there is no session cookie or its signature is wrong (better-auth
 *   answers null too), the session and its user when valid and not due for refresh,
 *   `undefined` otherwise.
 */
export async function readSessionCookie(
	db: Kysely<DB>,
	request: Request,
	options: {
		/** The session cookie's name, with its `__Secure-` prefix when cookies are secure. */
		cookieName: string;
		/** « Don't remember me » cookie's name: such sessions are never extended. */
		dontRememberCookieName: string;
		secret: string;
		/** Session lifetime and refresh age, in seconds, as configured in better-auth. */
		expiresInSeconds: number;
		updateAgeSeconds: number;
		/** Milliseconds since the epoch; better-auth decides with the real clock too. */
		nowMs: number;
	},
): Promise<SessionRow | null | undefined> {
	const header = request.headers.get("cookie");
	if (!header) return null;
	const cookies = parseCookies(header);
	const token = verifiedToken(cookies.get(options.cookieName), options.secret);
	if (token === null) return null;
	const row = await db
		.selectFrom("sessions")
		.innerJoin("users", "users.id", "sessions.user_id")
		.select([
			"sessions.token",
			"sessions.expires_at",
			"users.id as user_id",
			"users.email",
			"users.display_username",
			"users.first_name",
			"users.last_name",
			"users.name",
			"users.language",
		])
		.where("sessions.token", "=", token)
		.executeTakeFirst();
	if (!row) return undefined;
	const expiresAtMs = new Date(row.expires_at).getTime();
	if (!(expiresAtMs > options.nowMs)) return undefined;
	// better-auth's own rule: extend once `updateAge` has passed since the last extension,
	// unless the session is a « don't remember me » one (a validly signed cookie says so).
	const dontRemember = verifiedToken(cookies.get(options.dontRememberCookieName), options.secret) !== null;
	const dueForRefresh =
		expiresAtMs - options.expiresInSeconds * 1000 + options.updateAgeSeconds * 1000 <= options.nowMs;
	if (dueForRefresh && !dontRemember) return undefined;
	return row;
}

export type SessionRow = {
	token: string;
	expires_at: Date | string;
	user_id: string;
	email: string;
	display_username: string | null;
	first_name: string;
	last_name: string;
	name: string;
	language: string;
};

/** The token of a signed cookie value when its signature is right, else null (better-call's rules). */
function verifiedToken(value: string | undefined, secret: string): string | null {
	if (!value) return null;
	const dot = value.lastIndexOf(".");
	if (dot < 1) return null;
	const token = value.slice(0, dot);
	const signature = value.slice(dot + 1);
	if (signature.length !== 44 || !signature.endsWith("=")) return null;
	const expected = createHmac("sha256", secret).update(token).digest();
	const given = Buffer.from(signature, "base64");
	return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
