import { RouterContextProvider } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { changePassword } from "#app/domain/accounts/change-password.server.ts";
import { confirmEmailChange } from "#app/domain/accounts/confirm-email-change.server.ts";
import { isPasswordResetUsable } from "#app/domain/accounts/find-password-reset.server.ts";
import { requestEmailChange } from "#app/domain/accounts/request-email-change.server.ts";
import { requestPasswordReset } from "#app/domain/accounts/request-password-reset.server.ts";
import { resetPassword } from "#app/domain/accounts/reset-password.server.ts";
import { revokeSessions } from "#app/domain/accounts/revoke-sessions.server.ts";
import { getViewer } from "#app/domain/accounts/session.server.ts";
import { signIn } from "#app/domain/accounts/sign-in.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { pinClock } from "#app/infra/clock.ts";
import { createTestUser, sessionCookieFor, type TestUser } from "#tests/factories.ts";

const db = () => getDb();
const ip = "198.51.100.8";

afterEach(() => pinClock(undefined));

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

async function lastMailTo(address: string) {
	const mail = await db()
		.selectFrom("outbox_mails")
		.selectAll()
		.where("to_address", "=", address)
		.orderBy("created_at", "desc")
		.orderBy("id", "desc")
		.executeTakeFirst();
	return mail ? { ...mail, data: JSON.parse(mail.data) as Record<string, string> } : undefined;
}

async function viewerOf(cookie: string) {
	const viewer = await getViewer(
		new Request("http://localhost:3000/", { headers: { cookie } }),
		new RouterContextProvider(),
	);
	if (!viewer) throw new Error("no session");
	return viewer;
}

async function sessionCount(user: TestUser) {
	return (await db().selectFrom("sessions").select("id").where("user_id", "=", user.id).execute()).length;
}

async function canSignIn(user: TestUser, password: string) {
	return signIn({
		db: db(),
		input: { identifier: user.email, password },
		language: "fr",
		ipAddress: ip,
		headers: new Headers(),
	}).then(
		(result) => result.outcome === "signed-in",
		() => false,
	);
}

describe("forgotten password", () => {
	it("answers the same for an unknown address and sends nothing", async () => {
		expect(
			await requestPasswordReset({ db: db(), input: { email: "ghost@example.test" }, language: "fr", ipAddress: ip }),
		).toEqual({
			outcome: "check-mailbox",
		});
		expect(await lastMailTo("ghost@example.test")).toBeUndefined();
	});

	it("resets once with the mailed link, ends every session and confirms the address", async () => {
		const user = await createTestUser({ confirmed: false, language: "de" });
		await sessionCookieFor({ ...user }).catch(() => undefined);
		await requestPasswordReset({ db: db(), input: { email: user.email }, language: "fr", ipAddress: ip });
		const mail = await lastMailTo(user.email);
		expect(mail).toMatchObject({ template: "password.reset", language: "de" });
		const token = new URL(mail?.data.url ?? "").searchParams.get("token") ?? "";
		expect(await isPasswordResetUsable({ db: db(), token })).toBe(true);

		const newPassword = "Nouveau-Cerf-Volant-7!";
		await resetPassword({
			db: db(),
			input: { token, password: newPassword, confirmPassword: newPassword },
			ipAddress: ip,
		});
		expect(await sessionCount(user)).toBe(0);
		expect(await canSignIn(user, user.password)).toBe(false);
		expect(await canSignIn(user, newPassword)).toBe(true);
		expect((await lastMailTo(user.email))?.template).toBe("password.changed");

		const again = await errorOf(
			resetPassword({ db: db(), input: { token, password: newPassword, confirmPassword: newPassword }, ipAddress: ip }),
		);
		expect(again.fieldErrors).toEqual({ form: ["auth.reset.invalidToken"] });
		expect(await isPasswordResetUsable({ db: db(), token })).toBe(false);
	});

	it("refuses a link older than an hour, and keeps a link when the new password is refused", async () => {
		const user = await createTestUser();
		pinClock("2026-11-26T10:00:00Z");
		await requestPasswordReset({ db: db(), input: { email: user.email }, language: "fr", ipAddress: ip });
		const token = new URL((await lastMailTo(user.email))?.data.url ?? "").searchParams.get("token") ?? "";

		const weak = await errorOf(
			resetPassword({
				db: db(),
				input: { token, password: "Password123!", confirmPassword: "Password123!" },
				ipAddress: ip,
			}),
		);
		expect(weak.fieldErrors).toEqual({ password: ["auth.password.common"] });
		expect(await isPasswordResetUsable({ db: db(), token })).toBe(true);

		pinClock("2026-11-26T11:00:01Z");
		const late = await errorOf(
			resetPassword({
				db: db(),
				input: { token, password: "Nouveau-Cerf-Volant-7!", confirmPassword: "Nouveau-Cerf-Volant-7!" },
				ipAddress: ip,
			}),
		);
		expect(late.fieldErrors).toEqual({ form: ["auth.reset.invalidToken"] });
	});
});

describe("a password reset", () => {
	async function resetLinkFor(user: TestUser) {
		await requestPasswordReset({ db: db(), input: { email: user.email }, language: "fr", ipAddress: ip });
		return new URL((await lastMailTo(user.email))?.data.url ?? "").searchParams.get("token") ?? "";
	}

	it("ends the account's other reset links and other sessions, and keeps the current one", async () => {
		const user = await createTestUser();
		const here = await sessionCookieFor(user);
		const elsewhere = await sessionCookieFor(user);
		const stranger = await createTestUser();
		const strangerSession = await sessionCookieFor(stranger);
		const strangerLink = await resetLinkFor(stranger);
		const older = await resetLinkFor(user);
		const used = await resetLinkFor(user);
		const newer = await resetLinkFor(user);

		const newPassword = "Nouveau-Cerf-Volant-7!";
		await resetPassword({
			db: db(),
			input: { token: used, password: newPassword, confirmPassword: newPassword },
			ipAddress: ip,
			currentSessionToken: (await viewerOf(here)).sessionToken,
		});
		expect(await isPasswordResetUsable({ db: db(), token: older })).toBe(false);
		expect(await isPasswordResetUsable({ db: db(), token: newer })).toBe(false);
		const replay = await errorOf(
			resetPassword({
				db: db(),
				input: { token: newer, password: "Autre-Cerf-Volant-9!", confirmPassword: "Autre-Cerf-Volant-9!" },
				ipAddress: ip,
			}),
		);
		expect(replay.fieldErrors).toEqual({ form: ["auth.reset.invalidToken"] });
		expect(await canSignIn(user, newPassword)).toBe(true);

		expect((await viewerOf(here)).userId).toBe(user.id);
		await expect(viewerOf(elsewhere)).rejects.toThrow("no session");
		// Another account's links and sessions are untouched.
		expect(await isPasswordResetUsable({ db: db(), token: strangerLink })).toBe(true);
		expect((await viewerOf(strangerSession)).userId).toBe(stranger.id);
	});

	it("from a browser signed in to another account ends every session of the reset account", async () => {
		const user = await createTestUser();
		await sessionCookieFor(user);
		const other = await createTestUser();
		const otherSession = await viewerOf(await sessionCookieFor(other));
		const token = await resetLinkFor(user);
		await resetPassword({
			db: db(),
			input: { token, password: "Nouveau-Cerf-Volant-7!", confirmPassword: "Nouveau-Cerf-Volant-7!" },
			ipAddress: ip,
			currentSessionToken: otherSession.sessionToken,
		});
		expect(await sessionCount(user)).toBe(0);
	});

	it("is also ended by a password change and by a change of address", async () => {
		const user = await createTestUser();
		const viewer = await viewerOf(await sessionCookieFor(user));
		const beforeChange = await resetLinkFor(user);
		await changePassword({
			db: db(),
			viewer,
			input: {
				currentPassword: user.password,
				password: "Nouveau-Cerf-Volant-7!",
				confirmPassword: "Nouveau-Cerf-Volant-7!",
			},
			ipAddress: ip,
		});
		expect(await isPasswordResetUsable({ db: db(), token: beforeChange })).toBe(false);

		const beforeAddressChange = await resetLinkFor(user);
		await requestEmailChange({
			db: db(),
			viewer,
			input: { newEmail: `moved-${user.username}@example.test`, currentPassword: "Nouveau-Cerf-Volant-7!" },
			ipAddress: ip,
		});
		const confirmation = await lastMailTo(`moved-${user.username}@example.test`);
		const emailToken = new URL(confirmation?.data.url ?? "").searchParams.get("token") ?? "";
		await confirmEmailChange({ db: db(), token: emailToken, ipAddress: ip });
		expect(await isPasswordResetUsable({ db: db(), token: beforeAddressChange })).toBe(false);
	});
});

describe("account page actions", () => {
	it("changes the password with the current one, keeps this session and ends the others", async () => {
		const user = await createTestUser();
		const here = await sessionCookieFor(user);
		await sessionCookieFor(user);
		const viewer = await viewerOf(here);

		const wrong = await errorOf(
			changePassword({
				db: db(),
				viewer,
				input: {
					currentPassword: "nope",
					password: "Nouveau-Cerf-Volant-7!",
					confirmPassword: "Nouveau-Cerf-Volant-7!",
				},
				ipAddress: ip,
			}),
		);
		expect(wrong.fieldErrors).toEqual({ currentPassword: ["auth.password.currentWrong"] });

		await changePassword({
			db: db(),
			viewer,
			input: {
				currentPassword: user.password,
				password: "Nouveau-Cerf-Volant-7!",
				confirmPassword: "Nouveau-Cerf-Volant-7!",
			},
			ipAddress: ip,
		});
		expect(await sessionCount(user)).toBe(1);
		expect((await viewerOf(here)).userId).toBe(user.id);
		expect((await lastMailTo(user.email))?.template).toBe("password.changed");
		const audit = await db().selectFrom("audit_events").select("action").where("actor_user_id", "=", user.id).execute();
		expect(audit.map((event) => event.action)).toContain("auth.password.changed");
	});

	it("changes the address only once the new mailbox confirms it, and tells the old one", async () => {
		const user = await createTestUser();
		const viewer = await viewerOf(await sessionCookieFor(user));
		const newEmail = `nouvelle.${user.username}@example.test`;
		await requestEmailChange({ db: db(), viewer, input: { newEmail, currentPassword: user.password }, ipAddress: ip });
		const mail = await lastMailTo(newEmail);
		expect(mail?.template).toBe("email.change");
		expect((await db().selectFrom("users").select("email").where("id", "=", user.id).executeTakeFirst())?.email).toBe(
			user.email,
		);

		const token = new URL(mail?.data.url ?? "").searchParams.get("token") ?? "";
		await confirmEmailChange({ db: db(), token, ipAddress: ip });
		expect((await db().selectFrom("users").select("email").where("id", "=", user.id).executeTakeFirst())?.email).toBe(
			newEmail,
		);
		expect((await lastMailTo(user.email))?.template).toBe("email.changed");
		expect((await errorOf(confirmEmailChange({ db: db(), token, ipAddress: ip }))).code).toBe("NOT_FOUND");
	});

	it("sends nothing when the new address already has an account, and says the same", async () => {
		const user = await createTestUser();
		const other = await createTestUser();
		const viewer = await viewerOf(await sessionCookieFor(user));
		const result = await requestEmailChange({
			db: db(),
			viewer,
			input: { newEmail: other.email, currentPassword: user.password },
			ipAddress: ip,
		});
		expect(result.outcome).toBe("check-mailbox");
		expect(await lastMailTo(other.email)).toBeUndefined();
	});

	it("ends one session or all of them, but never another person's", async () => {
		const user = await createTestUser();
		const stranger = await createTestUser();
		const viewer = await viewerOf(await sessionCookieFor(user));
		await sessionCookieFor(user);
		await sessionCookieFor(stranger);
		const strangerSession = await db()
			.selectFrom("sessions")
			.select("id")
			.where("user_id", "=", stranger.id)
			.executeTakeFirstOrThrow();
		expect((await errorOf(revokeSessions({ db: db(), viewer, which: strangerSession.id, ipAddress: ip }))).code).toBe(
			"NOT_FOUND",
		);
		expect(await sessionCount(stranger)).toBe(1);

		const other = await db()
			.selectFrom("sessions")
			.select("id")
			.where("user_id", "=", user.id)
			.where("token", "!=", viewer.sessionToken)
			.executeTakeFirstOrThrow();
		expect(await revokeSessions({ db: db(), viewer, which: other.id, ipAddress: ip })).toEqual({
			signedOutHere: false,
		});
		expect(await sessionCount(user)).toBe(1);
		expect(await revokeSessions({ db: db(), viewer, which: "all", ipAddress: ip })).toEqual({ signedOutHere: true });
		expect(await sessionCount(user)).toBe(0);
	});
});
