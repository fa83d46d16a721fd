import { describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { getAuth } from "#app/domain/accounts/auth.server.ts";
import { signIn } from "#app/domain/accounts/sign-in.server.ts";
import { signUp } from "#app/domain/accounts/sign-up.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { cookieHeaderFrom, createTestUser } from "#tests/factories.ts";

const db = () => getDb();
const ip = "198.51.100.7";

function validSignUp(overrides: Record<string, string> = {}) {
	const suffix = Math.random().toString(36).slice(2, 8);
	return {
		username: `anthony${suffix}`,
		email: `anthony.${suffix}@example.test`,
		firstName: "Anthony",
		lastName: "Bours",
		password: "Girafe-Violette-42!",
		confirmPassword: "Girafe-Violette-42!",
		...overrides,
	};
}

async function outboxFor(address: string) {
	return db().selectFrom("outbox_mails").selectAll().where("to_address", "=", address).orderBy("created_at").execute();
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

describe("sign-up", () => {
	it("creates an unconfirmed account and writes the confirmation mail to the outbox, in the user's language", async () => {
		const input = validSignUp({ email: "Anthony.CASE@Example.test" });
		expect(await signUp({ db: db(), input, language: "nl", ipAddress: ip })).toEqual({ outcome: "check-mailbox" });
		const user = await db()
			.selectFrom("users")
			.selectAll()
			.where("email", "=", "anthony.case@example.test")
			.executeTakeFirstOrThrow();
		expect(user).toMatchObject({ email_verified: false, first_name: "Anthony", language: "nl" });
		const [mail] = await outboxFor("anthony.case@example.test");
		expect(mail).toMatchObject({ template: "account.confirm", language: "nl", status: "pending" });
		const { url } = JSON.parse(mail?.data ?? "{}") as { url: string };
		expect(url).toMatch(
			/^http:\/\/localhost:3000\/api\/auth\/verify-email\?token=.+&callbackURL=%2Faccount%2Fconfirmed$/,
		);
		const audit = await db().selectFrom("audit_events").select("action").where("target_id", "=", user.id).execute();
		expect(audit.map((event) => event.action)).toContain("auth.sign_up.created");
	});

	it("answers the same for an existing address, creates nothing and warns that address instead", async () => {
		const existing = await createTestUser({ language: "de" });
		const input = validSignUp({ email: existing.email.toUpperCase() });
		expect(await signUp({ db: db(), input, language: "fr", ipAddress: ip })).toEqual({ outcome: "check-mailbox" });
		const users = await db().selectFrom("users").select("id").where("email", "=", existing.email).execute();
		expect(users).toHaveLength(1);
		const mails = await outboxFor(existing.email);
		expect(mails.map((mail) => [mail.template, mail.language])).toEqual([["account.exists", "de"]]);
		expect(await db().selectFrom("users").select("id").where("username", "=", input.username).execute()).toEqual([]);
	});

	it("reports a taken username, ignoring case", async () => {
		const existing = await createTestUser();
		const error = await errorOf(
			signUp({
				db: db(),
				input: validSignUp({ username: existing.username.toUpperCase() }),
				language: "fr",
				ipAddress: ip,
			}),
		);
		expect(error.fieldErrors).toEqual({ username: ["auth.username.taken"] });
	});

	it("reports every broken rule of the form at once", async () => {
		const error = await errorOf(
			signUp({
				db: db(),
				input: validSignUp({
					username: "a b",
					email: "not-an-address",
					firstName: "",
					password: "short",
					confirmPassword: "other",
				}),
				language: "fr",
				ipAddress: ip,
			}),
		);
		expect(error.fieldErrors).toEqual({
			username: ["auth.username.format"],
			email: ["validation.email"],
			firstName: ["validation.required"],
			password: [
				"auth.password.rules.length",
				"auth.password.rules.upper",
				"auth.password.rules.digit",
				"auth.password.rules.special",
			],
			confirmPassword: ["auth.password.mismatch"],
		});
	});

	it("refuses common passwords and passwords made of the user's own name", async () => {
		for (const password of ["Password123!", "Bours2026!!"]) {
			const error = await errorOf(
				signUp({
					db: db(),
					input: validSignUp({ password, confirmPassword: password }),
					language: "fr",
					ipAddress: ip,
				}),
			);
			expect(error.fieldErrors).toEqual({ password: ["auth.password.common"] });
		}
	});

	it("confirms the account through the link once: signs in, then never again", async () => {
		const input = validSignUp();
		await signUp({ db: db(), input, language: "fr", ipAddress: ip });
		const [mail] = await outboxFor(input.email);
		const { url } = JSON.parse(mail?.data ?? "{}") as { url: string };

		const first = await getAuth().handler(new Request(url));
		expect(first.status).toBe(302);
		expect(first.headers.get("location")).toBe("/account/confirmed");
		expect(cookieHeaderFrom(first.headers)).toContain("ribambelle.session_token=");
		const user = await db()
			.selectFrom("users")
			.select("email_verified")
			.where("email", "=", input.email)
			.executeTakeFirst();
		expect(user?.email_verified).toBe(true);

		const second = await getAuth().handler(new Request(url));
		expect(second.headers.get("location")).toBe("/account/confirmed");
		expect(cookieHeaderFrom(second.headers)).not.toContain("session_token");
	});
});

describe("sign-in", () => {
	const headers = () => new Headers({ "user-agent": "vitest" });

	it("accepts the username or the e-mail address in any case", async () => {
		const user = await createTestUser();
		for (const identifier of [user.username.toUpperCase(), user.email.toUpperCase()]) {
			const result = await signIn({
				db: db(),
				input: { identifier, password: user.password, rememberMe: true },
				language: "en",
				ipAddress: ip,
				headers: headers(),
			});
			expect(result.outcome).toBe("signed-in");
			expect(result.outcome === "signed-in" && cookieHeaderFrom(result.headers)).toContain("ribambelle.session_token=");
		}
		const stored = await db().selectFrom("users").select("language").where("id", "=", user.id).executeTakeFirst();
		expect(stored?.language).toBe("en");
	});

	it("keeps a browser session only when 'remember me' is not ticked", async () => {
		const user = await createTestUser();
		const sessionCookie = async (rememberMe: boolean) => {
			const result = await signIn({
				db: db(),
				input: { identifier: user.email, password: user.password, rememberMe },
				language: "fr",
				ipAddress: ip,
				headers: headers(),
			});
			if (result.outcome !== "signed-in") throw new Error("not signed in");
			return result.headers.getSetCookie().find((cookie) => cookie.startsWith("ribambelle.session_token=")) ?? "";
		};
		expect(await sessionCookie(true)).toMatch(/Max-Age=\d+/);
		expect(await sessionCookie(false)).not.toMatch(/Max-Age/);
	});

	it("tells an unconfirmed account apart only after the right password", async () => {
		const user = await createTestUser({ confirmed: false });
		const wrong = await errorOf(
			signIn({
				db: db(),
				input: { identifier: user.email, password: "Wrong-Password-1!" },
				language: "fr",
				ipAddress: ip,
				headers: headers(),
			}),
		);
		expect(wrong.fieldErrors).toEqual({ form: ["auth.signIn.invalid"] });
		const right = await signIn({
			db: db(),
			input: { identifier: user.email, password: user.password },
			language: "fr",
			ipAddress: ip,
			headers: headers(),
		});
		expect(right).toEqual({ outcome: "unverified" });
	});

	it("gives the same message for an unknown account and a wrong password, and audits both", async () => {
		const user = await createTestUser();
		for (const identifier of ["nobody@example.test", user.email]) {
			const error = await errorOf(
				signIn({
					db: db(),
					input: { identifier, password: "Wrong-Password-1!" },
					language: "fr",
					ipAddress: ip,
					headers: headers(),
				}),
			);
			expect(error.fieldErrors).toEqual({ form: ["auth.signIn.invalid"] });
		}
		const failures = await db()
			.selectFrom("audit_events")
			.select(["target_id", "details"])
			.where("action", "=", "auth.sign_in.failed")
			.execute();
		expect(failures.some((event) => event.target_id === user.id)).toBe(true);
		expect(failures.some((event) => event.target_id === null)).toBe(true);
		expect(failures.every((event) => !event.details.includes("Wrong-Password"))).toBe(true);
	});

	it("records successful sign-ins in the audit log", async () => {
		const user = await createTestUser();
		await signIn({
			db: db(),
			input: { identifier: user.username, password: user.password },
			language: "fr",
			ipAddress: ip,
			headers: headers(),
		});
		const events = await db()
			.selectFrom("audit_events")
			.select(["action", "details"])
			.where("actor_user_id", "=", user.id)
			.execute();
		expect(events).toContainEqual({
			action: "auth.sign_in.succeeded",
			details: JSON.stringify({ method: "username" }),
		});
	});
});
