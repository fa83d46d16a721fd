/**
 * better-auth, configured on our database and tables. It owns password hashing (scrypt),
 * sessions and their cookies, e-mail verification links and OpenID Connect sign-in; our use
 * cases call it and add what it does not do (outbox mail, audit, rate limits).
 */
import { betterAuth } from "better-auth";
import { genericOAuth, username } from "better-auth/plugins";
import { getDb } from "#app/db/db.server.ts";
import { dialectOf } from "#app/db/dialect.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { newId } from "#app/infra/ids.ts";
import { getLogger } from "#app/infra/logger.server.ts";
import { CLIENT_ADDRESS_HEADER } from "#app/infra/request-context.server.ts";
import { USERNAME_MAX_LENGTH, USERNAME_MIN_LENGTH, usernamePattern } from "./account-input.ts";

export const OIDC_PROVIDER_ID = "oidc";
export const SESSION_DAYS = 30;
export const EMAIL_VERIFICATION_SECONDS = 24 * 60 * 60;

function createAuth() {
	const config = getConfig();
	const db = getDb();
	const log = getLogger().child({ component: "auth" });
	return betterAuth({
		appName: "Ribambelle",
		baseURL: config.appUrl.origin,
		basePath: "/api/auth",
		secret: config.authSecret,
		trustedOrigins: [config.appUrl.origin],
		database: { db, type: dialectOf(db) },
		telemetry: { enabled: false },
		// Ours is in the database and covers account and address (app/infra/rate-limit.server.ts).
		rateLimit: { enabled: false },
		logger: {
			level: "warn",
			log: (level, message) => (level === "error" ? log.error(message) : log.warn(message)),
		},
		advanced: {
			database: { generateId: () => newId() },
			cookiePrefix: "ribambelle",
			useSecureCookies: config.secureCookies,
			// Set by our Express layer from `request.ip` (TRUST_PROXY hop count or proxy list).
			ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
		},
		user: {
			modelName: "users",
			fields: { emailVerified: "email_verified", createdAt: "created_at", updatedAt: "updated_at" },
			additionalFields: {
				firstName: { type: "string", fieldName: "first_name", required: false, defaultValue: "", input: false },
				lastName: { type: "string", fieldName: "last_name", required: false, defaultValue: "", input: false },
				language: { type: "string", fieldName: "language", required: false, defaultValue: "fr", input: false },
			},
		},
		session: {
			modelName: "sessions",
			expiresIn: SESSION_DAYS * 24 * 60 * 60,
			updateAge: 24 * 60 * 60,
			fields: {
				userId: "user_id",
				expiresAt: "expires_at",
				ipAddress: "ip_address",
				userAgent: "user_agent",
				createdAt: "created_at",
				updatedAt: "updated_at",
			},
		},
		account: {
			modelName: "accounts",
			// Linking a provider to an existing account needs the provider to vouch for the e-mail.
			accountLinking: { enabled: true, trustedProviders: [] },
			fields: {
				userId: "user_id",
				accountId: "account_id",
				providerId: "provider_id",
				accessToken: "access_token",
				refreshToken: "refresh_token",
				idToken: "id_token",
				accessTokenExpiresAt: "access_token_expires_at",
				refreshTokenExpiresAt: "refresh_token_expires_at",
				createdAt: "created_at",
				updatedAt: "updated_at",
			},
		},
		verification: {
			modelName: "verifications",
			fields: { expiresAt: "expires_at", createdAt: "created_at", updatedAt: "updated_at" },
		},
		emailAndPassword: {
			enabled: true,
			requireEmailVerification: true,
			autoSignIn: false,
			minPasswordLength: 8,
			maxPasswordLength: 128,
			revokeSessionsOnPasswordReset: true,
		},
		emailVerification: {
			// Our sign-up use case writes the mail to the outbox itself, in its transaction.
			sendOnSignUp: false,
			sendOnSignIn: false,
			autoSignInAfterVerification: true,
			expiresIn: EMAIL_VERIFICATION_SECONDS,
		},
		databaseHooks: {
			session: {
				create: {
					// Every way in (password, username, e-mail link, OpenID) ends here.
					after: async (session, context) => {
						await recordAuditEvent(db, {
							actorUserId: session.userId,
							action: "auth.sign_in.succeeded",
							targetType: "user",
							targetId: session.userId,
							ipAddress: session.ipAddress ?? null,
							details: { method: signInMethod(context?.path) },
						});
					},
				},
			},
		},
		plugins: [
			username({
				minUsernameLength: USERNAME_MIN_LENGTH,
				maxUsernameLength: USERNAME_MAX_LENGTH,
				usernameValidator: (value) => usernamePattern.test(value),
				schema: { user: { fields: { displayUsername: "display_username" } } },
			}),
			...(config.oidc
				? [
						genericOAuth({
							config: [
								{
									providerId: OIDC_PROVIDER_ID,
									discoveryUrl: `${config.oidc.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
									clientId: config.oidc.clientId,
									clientSecret: config.oidc.clientSecret,
									scopes: ["openid", "email", "profile"],
									pkce: true,
									requireEmailVerification: true,
									mapProfileToUser: (profile) => ({
										firstName: String(profile.given_name ?? ""),
										lastName: String(profile.family_name ?? ""),
										name: String(profile.name ?? `${profile.given_name ?? ""} ${profile.family_name ?? ""}`.trim()),
									}),
								},
							],
						}),
					]
				: []),
		],
	});
}

function signInMethod(path: string | undefined): string {
	if (!path) return "unknown";
	if (path.startsWith("/sign-in/username")) return "username";
	if (path.startsWith("/sign-in/email")) return "email";
	if (path.startsWith("/verify-email")) return "email-link";
	if (path.includes("oauth2")) return "openid";
	return path;
}

export type Auth = ReturnType<typeof createAuth>;

let auth: Auth | undefined;

/** The process-wide better-auth instance. */
export function getAuth(): Auth {
	auth ??= createAuth();
	return auth;
}
