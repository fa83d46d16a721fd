/**
 * A real OpenID Connect provider on loopback (oidc-provider), standing in for Google in
 * tests: its built-in login page accepts any account name listed here; consent is a click.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export type OidcAccount = {
	email: string;
	emailVerified: boolean;
	givenName: string;
	familyName: string;
};

export type TestOidcProvider = {
	issuer: string;
	clientId: string;
	clientSecret: string;
	close(): Promise<void>;
};

export async function startOidcProvider(options: {
	/** Where the application receives the provider's answer. */
	redirectUri: string;
	/** Accounts by login name (what one types on the provider's login page). */
	accounts: Record<string, OidcAccount>;
}): Promise<TestOidcProvider> {
	const server = http.createServer();
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const clientId = "ribambelle-test";
	const clientSecret = "ribambelle-test-secret-0123456789";
	const provider = new Provider(issuer, {
		clients: [
			{
				client_id: clientId,
				client_secret: clientSecret,
				redirect_uris: [options.redirectUri],
				grant_types: ["authorization_code"],
				response_types: ["code"],
				token_endpoint_auth_method: "client_secret_basic",
			},
		],
		claims: {
			openid: ["sub"],
			email: ["email", "email_verified"],
			profile: ["name", "given_name", "family_name"],
		},
		pkce: { required: () => true },
		cookies: { keys: ["oidc-test-cookie-key"] },
		features: { devInteractions: { enabled: true } },
		findAccount: async (_context, login) => {
			const account = options.accounts[login];
			if (!account) return undefined;
			return {
				accountId: login,
				claims: async () => ({
					sub: login,
					email: account.email,
					email_verified: account.emailVerified,
					given_name: account.givenName,
					family_name: account.familyName,
					name: `${account.givenName} ${account.familyName}`,
				}),
			};
		},
	});
	server.on("request", provider.callback());
	return {
		issuer,
		clientId,
		clientSecret,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
