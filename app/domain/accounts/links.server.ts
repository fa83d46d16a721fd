import { createEmailVerificationToken } from "better-auth/api";
import { getConfig } from "#app/infra/config.server.ts";
import { EMAIL_VERIFICATION_SECONDS } from "./auth.server.ts";

/** An absolute link into the application, for e-mails. */
export function appLink(path: string, query: Record<string, string> = {}): string {
	const url = new URL(path, getConfig().appUrl);
	for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
	return url.toString();
}

/**
 * The "confirm your account" link: better-auth's signed, expiring token, checked by its
 * /api/auth/verify-email endpoint, which signs the user in once and then lands on
 * /account/confirmed. A second use finds the address verified and signs no one in.
 */
export async function accountConfirmationLink(user: { id: string; email: string }): Promise<string> {
	const token = await createEmailVerificationToken(
		getConfig().authSecret,
		user.email,
		undefined,
		EMAIL_VERIFICATION_SECONDS,
		{ userId: user.id },
	);
	return appLink("/api/auth/verify-email", { token, callbackURL: "/account/confirmed" });
}
