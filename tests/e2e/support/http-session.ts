/**
 * Sessions over plain HTTP for tests that send requests without a browser: the real sign-in
 * action, its session cookie kept as a `cookie` header value.
 */
import { demoAccounts } from "#app/db/seed.server.ts";

export type Role = "visitor" | keyof typeof demoAccounts;

/** The demo accounts, by role (README « Demo data »). */
export const roleCredentials = Object.fromEntries(
	Object.entries(demoAccounts).map(([role, account]) => [
		role,
		{ identifier: account.username, password: account.password },
	]),
) as Record<Exclude<Role, "visitor">, { identifier: string; password: string }>;

/** Signs in through `POST /sign-in` and returns the cookies to send; throws unless redirected. */
export async function signInOverHttp(baseUrl: string, credentials: { identifier: string; password: string }) {
	const response = await fetch(`${baseUrl}/sign-in`, {
		method: "POST",
		redirect: "manual",
		headers: { "content-type": "application/x-www-form-urlencoded" },
		body: new URLSearchParams(credentials),
	});
	await response.arrayBuffer();
	if (response.status !== 302) throw new Error(`sign-in as ${credentials.identifier} answered ${response.status}`);
	return response.headers
		.getSetCookie()
		.map((cookie) => cookie.split(";", 1)[0])
		.join("; ");
}
