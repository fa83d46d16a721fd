import { describe, expect, it } from "vitest";
import { action as accountAction, loader as accountLoader } from "#app/routes/account/index.server.ts";
import { loader as childrenLoader } from "#app/routes/children/index.tsx";
import { loader as meLoader } from "#app/routes/me.tsx";
import { loader as messagesLoader } from "#app/routes/messages/index.server.ts";
import { action as signInAction, loader as signInLoader } from "#app/routes/sign-in.server.ts";
import { action as signUpAction } from "#app/routes/sign-up.server.ts";
import { createTestUser, sessionCookieFor } from "#tests/factories.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";

type Reply = { result: { status: string; error: Record<string, string[]>; initialValue: Record<string, unknown> } };

function replyOf(value: unknown): Reply["result"] {
	return ((value as { data?: Reply }).data ?? (value as Reply)).result;
}

describe("who may open the parent pages", () => {
	it.each([
		["/children", childrenLoader],
		["/me", meLoader],
		["/messages", messagesLoader],
		["/account", accountLoader],
	] as const)("%s sends visitors to the sign-in page and back", async (url, loader) => {
		const { value, thrown } = await callRoute(loader as never, { url: `${url}?tab=2` });
		expect(thrown).toBe(true);
		expect(statusOf(value)).toBe(302);
		expect((value as Response).headers.get("Location")).toBe(
			`/sign-in?redirectTo=${encodeURIComponent(`${url}?tab=2`)}`,
		);
	});

	it.each([
		["/me.data?_routes=root%2Croutes%2Fme", "/me"],
		["/children/c1/general.data?tab=2&_routes=root", "/children/c1/general?tab=2"],
		["/staff/_.data", "/staff/"],
	])("a session that ended while browsing (%s) comes back to the page, not to its data", async (url, page) => {
		const { value, thrown } = await callRoute(meLoader as never, { url });
		expect(thrown).toBe(true);
		expect((value as Response).headers.get("Location")).toBe(`/sign-in?redirectTo=${encodeURIComponent(page)}`);
	});

	it("a stolen-looking cookie is no session", async () => {
		const { value, thrown } = await callRoute(accountLoader as never, {
			url: "/account",
			headers: { cookie: "ribambelle.session_token=forged.signature" },
		});
		expect(thrown).toBe(true);
		expect(statusOf(value)).toBe(302);
	});

	it("the account page shows the viewer's own sessions only", async () => {
		const user = await createTestUser();
		const other = await createTestUser();
		await sessionCookieFor(other);
		const cookie = await sessionCookieFor(user);
		const { value } = await callRoute(accountLoader as never, { url: "/account", headers: { cookie } });
		const page = value as Awaited<ReturnType<typeof accountLoader>>;
		expect(page.email).toBe(user.email);
		expect(page.sessions).toHaveLength(1);
		expect(page.sessions[0]?.current).toBe(true);
	});

	it("names each device « browser on system » and leaves out an address it does not know", async () => {
		const user = await createTestUser();
		const cookie = await sessionCookieFor(user);
		const { getDb } = await import("#app/db/db.server.ts");
		await getDb()
			.updateTable("sessions")
			.set({
				user_agent:
					"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
				ip_address: "",
			})
			.where("user_id", "=", user.id)
			.execute();
		const { value } = await callRoute(accountLoader as never, { url: "/account", headers: { cookie } });
		const [session] = (value as Awaited<ReturnType<typeof accountLoader>>).sessions;
		expect(session?.device).toEqual({ browser: "Safari", system: "iPhone" });
		expect(session?.ipAddress).toBeNull();
		expect(JSON.stringify(session)).not.toContain("Mozilla");
	});

	it("another person's session id cannot be revoked from my account page", async () => {
		const user = await createTestUser();
		const other = await createTestUser();
		await sessionCookieFor(other);
		const cookie = await sessionCookieFor(user);
		const { getDb } = await import("#app/db/db.server.ts");
		const theirs = await getDb()
			.selectFrom("sessions")
			.select("id")
			.where("user_id", "=", other.id)
			.executeTakeFirstOrThrow();
		const { value, thrown } = await callRoute(accountAction as never, {
			url: "/account",
			headers: { cookie },
			form: { intent: "revoke-session", sessionId: theirs.id },
		});
		expect(thrown).toBe(true);
		expect(statusOf(value)).toBe(404);
	});
});

describe("account forms answer mistakes with messages, never a 500", () => {
	it("sign-up: every field's message, what was typed kept, passwords not echoed", async () => {
		const { value } = await callRoute(signUpAction as never, {
			url: "/sign-up",
			form: {
				username: "ok_name",
				email: "not-an-address",
				firstName: "Alain",
				lastName: "",
				password: "abc",
				confirmPassword: "abd",
			},
		});
		expect(statusOf(value)).toBe(400);
		const result = replyOf(value);
		expect(result.error).toMatchObject({
			email: ["validation.email"],
			lastName: ["validation.required"],
			confirmPassword: ["auth.password.mismatch"],
		});
		expect(result.initialValue).toMatchObject({ username: "ok_name", email: "not-an-address", firstName: "Alain" });
		expect(result.initialValue).not.toHaveProperty("password");
		expect(result.initialValue).not.toHaveProperty("confirmPassword");
	});

	it("sign-in: a wrong password is a form message with the identifier kept", async () => {
		const user = await createTestUser();
		const { value } = await callRoute(signInAction as never, {
			url: "/sign-in",
			form: { identifier: user.username, password: "Wrong-Password-1!" },
		});
		expect(statusOf(value)).toBe(400);
		const result = replyOf(value);
		expect(result.error).toEqual({ "": ["auth.signIn.invalid"] });
		expect(result.initialValue).toEqual({ identifier: user.username });
	});

	it("sign-in: signs in, sets the session cookie and goes where the visitor was headed", async () => {
		const user = await createTestUser();
		const { value } = await callRoute(signInAction as never, {
			url: "/sign-in",
			form: { identifier: user.email, password: user.password, redirectTo: "/messages" },
		});
		const response = value as Response;
		expect(response.status).toBe(302);
		expect(response.headers.get("Location")).toBe("/messages");
		expect(response.headers.get("Set-Cookie")).toContain("ribambelle.session_token=");
	});

	it("sign-in: a signed-in person is sent on, and never to another site", async () => {
		const user = await createTestUser();
		const cookie = await sessionCookieFor(user);
		const { value, thrown } = await callRoute(signInLoader as never, {
			url: "/sign-in?redirectTo=//evil.example",
			headers: { cookie },
		});
		expect(thrown).toBe(true);
		expect((value as Response).headers.get("Location")).toBe("/children");
	});

	it("sign-in: too many attempts show the 429 page with Retry-After", async () => {
		const user = await createTestUser();
		let last: unknown;
		for (let attempt = 0; attempt < 11; attempt++) {
			last = (
				await callRoute(signInAction as never, {
					url: "/sign-in",
					form: { identifier: user.email, password: "Wrong-Password-1!" },
				})
			).value;
		}
		expect(statusOf(last)).toBe(429);
		expect(
			Number((last as { init?: { headers?: Record<string, string> } }).init?.headers?.["Retry-After"]),
		).toBeGreaterThan(0);
	});
});
