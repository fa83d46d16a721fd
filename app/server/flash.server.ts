import { createCookie, redirect } from "react-router";
import { getConfig } from "#app/infra/config.server.ts";

/** A one-time message shown after a redirect ("Vos données ont été sauvegardées"). */
export type Flash = { message: string; values?: Record<string, string> };

function flashCookie() {
	const config = getConfig();
	return createCookie("flash", {
		path: "/",
		httpOnly: true,
		sameSite: "lax",
		secure: config.secureCookies,
		maxAge: 60,
		secrets: [config.authSecret],
	});
}

/** Redirects (POST/redirect/GET) with a message for the next page. Extra headers are kept. */
export async function redirectWithFlash(url: string, flash: Flash, headers: HeadersInit = {}): Promise<Response> {
	const merged = new Headers(headers);
	merged.append("Set-Cookie", await flashCookie().serialize(flash));
	return redirect(url, { headers: merged });
}

/** Reads the pending message, if any, and the header that clears it. */
export async function takeFlash(request: Request): Promise<{ flash: Flash | null; headers: Headers }> {
	const headers = new Headers();
	const cookieHeader = request.headers.get("cookie");
	if (!cookieHeader?.includes("flash=")) return { flash: null, headers };
	const cookie = flashCookie();
	const value = (await cookie.parse(cookieHeader)) as Flash | null;
	headers.append("Set-Cookie", await cookie.serialize("", { maxAge: 0 }));
	return { flash: value && typeof value.message === "string" ? value : null, headers };
}
