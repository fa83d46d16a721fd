import { RouterContextProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { getAuth, SESSION_DAYS } from "#app/domain/accounts/auth.server.ts";
import { getViewer } from "#app/domain/accounts/session.server.ts";
import { readSessionCookie } from "#app/domain/accounts/session-cookie.server.ts";
import { cookieHeaderFrom, createTestUser, sessionCookieFor } from "#tests/factories.ts";

const day = 24 * 60 * 60 * 1000;

async function cookieOptions(nowMs = Date.now()) {
	const context = await getAuth().$context;
	return {
		cookieName: context.authCookies.sessionToken.name,
		dontRememberCookieName: context.authCookies.dontRememberToken.name,
		secret: context.secret,
		expiresInSeconds: context.sessionConfig.expiresIn,
		updateAgeSeconds: context.sessionConfig.updateAge,
		nowMs,
	};
}

const requestWith = (cookie: string) => new Request("http://localhost/children", { headers: { cookie } });

/** What better-auth itself answers for that cookie. */
async function betterAuthUserId(cookie: string): Promise<string | null> {
	const found = await getAuth().api.getSession({ headers: new Headers({ cookie }) });
	return found?.user.id ?? null;
}

async function signedIn() {
	const user = await createTestUser({ firstName: "Chloé", lastName: "Dumont", language: "nl" });
	const cookie = await sessionCookieFor(user);
	const token = decodeURIComponent(cookie.match(/session_token=([^;]+)/)?.[1] ?? "").split(".")[0] ?? "";
	return { user, cookie, token };
}

describe("readSessionCookie: the session cookie read without better-auth's machinery", () => {
	it("reads a fresh session and its user, as better-auth does", async () => {
		const { user, cookie, token } = await signedIn();
		const row = await readSessionCookie(getDb(), requestWith(cookie), await cookieOptions());
		expect(row).toMatchObject({ token, user_id: user.id, email: user.email, first_name: "Chloé", language: "nl" });
		expect(await betterAuthUserId(cookie)).toBe(user.id);

		const viewer = await getViewer(requestWith(cookie), new RouterContextProvider());
		expect(viewer).toMatchObject({ userId: user.id, sessionToken: token, firstName: "Chloé", language: "nl" });
	});

	it("refuses a tampered signature, a token signed with another secret and a missing cookie, as better-auth does", async () => {
		const { cookie, token } = await signedIn();
		const options = await cookieOptions();
		const [name] = cookie.split("=");
		const tampered = cookie.replace(/session_token=([^;]{10})/, "session_token=XXXXXXXXXX");
		const otherSecret = `${name}=${encodeURIComponent(`${token}.${"A".repeat(43)}=`)}`;
		const unsigned = `${name}=${token}`;
		for (const candidate of [tampered, otherSecret, unsigned, "theme=dark"]) {
			expect(await readSessionCookie(getDb(), requestWith(candidate), options), candidate).toBeNull();
			expect(await betterAuthUserId(candidate), candidate).toBeNull();
		}
	});

	it("leaves to better-auth a signed-out session, an expired one and one due for its daily refresh", async () => {
		const { user, cookie, token } = await signedIn();
		const db = getDb();
		const options = await cookieOptions();

		// Due for refresh: extended more than `updateAge` (a day) ago.
		const dueAt = new Date(Date.now() + SESSION_DAYS * day - 2 * day);
		await db.updateTable("sessions").set({ expires_at: dueAt }).where("token", "=", token).execute();
		expect(await readSessionCookie(db, requestWith(cookie), options)).toBeUndefined();
		// better-auth answers and extends the session by its full lifetime.
		expect(await betterAuthUserId(cookie)).toBe(user.id);
		const extended = await db
			.selectFrom("sessions")
			.select("expires_at")
			.where("token", "=", token)
			.executeTakeFirstOrThrow();
		expect(new Date(extended.expires_at).getTime()).toBeGreaterThan(dueAt.getTime() + day);
		// …after which the direct read answers again.
		expect(await readSessionCookie(db, requestWith(cookie), options)).toMatchObject({ user_id: user.id });

		// Expired: better-auth answers null (and deletes it).
		await db
			.updateTable("sessions")
			.set({ expires_at: new Date(Date.now() - 1000) })
			.where("token", "=", token)
			.execute();
		expect(await readSessionCookie(db, requestWith(cookie), options)).toBeUndefined();
		expect(await getViewer(requestWith(cookie), new RouterContextProvider())).toBeNull();

		// Signed out: no row any more.
		const second = await signedIn();
		await db.deleteFrom("sessions").where("token", "=", second.token).execute();
		expect(await readSessionCookie(db, requestWith(second.cookie), options)).toBeUndefined();
		expect(await getViewer(requestWith(second.cookie), new RouterContextProvider())).toBeNull();
	});

	it("reads « don't remember me » sessions whatever their age, since better-auth never extends them", async () => {
		const user = await createTestUser();
		const { headers } = await getAuth().api.signInEmail({
			body: { email: user.email, password: user.password, rememberMe: false },
			returnHeaders: true,
		});
		const cookie = cookieHeaderFrom(headers);
		const options = await cookieOptions();
		expect(cookie).toContain(options.dontRememberCookieName);
		const token = decodeURIComponent(cookie.match(/session_token=([^;]+)/)?.[1] ?? "").split(".")[0] ?? "";
		const db = getDb();
		const oldAt = new Date(Date.now() + SESSION_DAYS * day - 2 * day);
		await db.updateTable("sessions").set({ expires_at: oldAt }).where("token", "=", token).execute();

		expect(await readSessionCookie(db, requestWith(cookie), options)).toMatchObject({ user_id: user.id });
		expect(await betterAuthUserId(cookie)).toBe(user.id);
		const after = await db
			.selectFrom("sessions")
			.select("expires_at")
			.where("token", "=", token)
			.executeTakeFirstOrThrow();
		expect(new Date(after.expires_at).getTime()).toBe(oldAt.getTime());

		// A forged « don't remember me » cookie does not spare a session its refresh.
		const forged = cookie
			.split("; ")
			.map((pair) =>
				pair.startsWith(`${options.dontRememberCookieName}=`) ? `${options.dontRememberCookieName}=x` : pair,
			)
			.join("; ");
		expect(forged).not.toBe(cookie);
		expect(await readSessionCookie(db, requestWith(forged), options)).toBeUndefined();
	});
});
