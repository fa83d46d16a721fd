/**
 * The device cookie (OWASP "Slow down online guessing attacks with device cookies"): after a
 * successful sign-in the browser gets a signed token naming the account and a random nonce.
 * A later sign-in to that account from that browser is throttled by its own counter only, so
 * attacks on the account from elsewhere never lock its owner out.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { getConfig } from "#app/infra/config.server.ts";

export const DEVICE_COOKIE = "ribambelle.device";
const MAX_ACCOUNTS = 5;
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export type DeviceToken = { userId: string; nonce: string };

function signature(userId: string, nonce: string): string {
	return createHmac("sha256", getConfig().authSecret).update(`device:${userId}:${nonce}`).digest("base64url");
}

function encode(token: DeviceToken): string {
	return `${token.userId}:${token.nonce}:${signature(token.userId, token.nonce)}`;
}

function decode(entry: string): DeviceToken | undefined {
	const [userId = "", nonce = "", given = "", ...rest] = entry.split(":");
	if (rest.length > 0 || !userId || !nonce) return undefined;
	const expected = Buffer.from(signature(userId, nonce));
	const actual = Buffer.from(given);
	return actual.length === expected.length && timingSafeEqual(actual, expected) ? { userId, nonce } : undefined;
}

/** The valid device tokens the request's Cookie header carries (forged or stale ones are ignored). */
export function deviceTokensOf(headers: Headers): DeviceToken[] {
	const cookie = headers.get("cookie") ?? "";
	const value = cookie
		.split(";")
		.map((pair) => pair.trim())
		.find((pair) => pair.startsWith(`${DEVICE_COOKIE}=`))
		?.slice(DEVICE_COOKIE.length + 1);
	if (!value) return [];
	return value
		.split("~")
		.slice(0, MAX_ACCOUNTS)
		.map(decode)
		.filter((token): token is DeviceToken => token !== undefined);
}

/**
 * The Set-Cookie value that vouches for this device for `userId` from now on, keeping the
 * device's other accounts (a family computer), newest first, at most five.
 */
export function deviceCookieAfterSignIn(headers: Headers, userId: string): string {
	const others = deviceTokensOf(headers).filter((token) => token.userId !== userId);
	const current = deviceTokensOf(headers).find((token) => token.userId === userId) ?? {
		userId,
		nonce: randomBytes(16).toString("base64url"),
	};
	const value = [current, ...others].slice(0, MAX_ACCOUNTS).map(encode).join("~");
	const secure = getConfig().secureCookies ? "; Secure" : "";
	return `${DEVICE_COOKIE}=${value}; Path=/; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
}
