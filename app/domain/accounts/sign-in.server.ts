import { APIError } from "better-auth/api";
import type { Database } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { Language } from "#app/locales/languages.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { identifierKind, type SignInInput, signInSchema } from "./account-input.ts";
import { findUserByEmail, findUserByUsername } from "./accounts.repository.server.ts";
import { getAuth } from "./auth.server.ts";
import { deviceCookieAfterSignIn, deviceTokensOf } from "./device-cookie.server.ts";
import {
	checkSignInThrottle,
	clearSignInFailures,
	recordSignInFailure,
	type SignInAttempt,
} from "./sign-in-throttle.server.ts";

export type SignInResult = { outcome: "signed-in"; userId: string; headers: Headers } | { outcome: "unverified" };

/**
 * "Connexion" with a username or an e-mail address and a password. better-auth checks the
 * password (in constant work whether or not the account exists) and sets the session cookie;
 * "Se souvenir de moi" makes it a long session, otherwise it ends with the browser.
 * Failures are audited and throttled without locking the owner out (`sign-in-throttle.server.ts`:
 * per account and address, a progressive delay per account, a high ceiling per address, and a
 * device cookie that exempts the owner's browsers). A success also sets that device cookie.
 * Throws RATE_LIMITED (with `retryAfterSeconds`) or VALIDATION (`auth.signIn.invalid`).
 */
export async function signIn(options: {
	db: Database;
	input: SignInInput;
	/** The interface language at sign-in: becomes the account's language for mails. */
	language: Language;
	ipAddress: string;
	/** The incoming request's headers (user agent, address for the session). */
	headers: Headers;
}): Promise<SignInResult> {
	const { db, ipAddress } = options;
	const input = parseInput(signInSchema, options.input);
	const kind = identifierKind(input.identifier);
	const user =
		kind === "email" ? await findUserByEmail(db, input.identifier) : await findUserByUsername(db, input.identifier);
	const attempt: SignInAttempt = {
		account: user?.id ?? input.identifier.trim().toLowerCase(),
		ipAddress,
		device: user ? deviceTokensOf(options.headers).find((token) => token.userId === user.id) : undefined,
	};
	await checkSignInThrottle(db, attempt);
	const auth = getAuth();
	try {
		const { headers, response } =
			kind === "email"
				? await auth.api.signInEmail({
						body: { email: input.identifier, password: input.password, rememberMe: input.rememberMe },
						headers: options.headers,
						returnHeaders: true,
					})
				: await auth.api.signInUsername({
						body: { username: input.identifier, password: input.password, rememberMe: input.rememberMe },
						headers: options.headers,
						returnHeaders: true,
					});
		const userId = response.user.id;
		await clearSignInFailures(db, attempt);
		headers.append("Set-Cookie", deviceCookieAfterSignIn(options.headers, userId));
		await db.updateTable("users").set({ language: options.language }).where("id", "=", userId).execute();
		return { outcome: "signed-in", userId, headers };
	} catch (error) {
		if (!(error instanceof APIError)) throw error;
		const code = String((error.body as { code?: unknown } | undefined)?.code ?? error.status);
		await recordAuditEvent(db, {
			actorUserId: null,
			action: "auth.sign_in.failed",
			targetType: user ? "user" : undefined,
			targetId: user?.id,
			ipAddress,
			details: { reason: code === "EMAIL_NOT_VERIFIED" ? "unverified" : "invalid-credentials", identifierKind: kind },
		});
		// The right password on an unconfirmed account is not a guess.
		if (code === "EMAIL_NOT_VERIFIED") return { outcome: "unverified" };
		await recordSignInFailure(db, attempt);
		throw new AppError("VALIDATION", { fieldErrors: { form: ["auth.signIn.invalid"] } });
	}
}
