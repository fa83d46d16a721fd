import { type RouterContextProvider, redirect } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { isLanguage, type Language } from "#app/locales/languages.ts";
import { documentPath } from "#app/server/document-url.ts";
import { getAuth } from "./auth.server.ts";
import { readSessionCookie } from "./session-cookie.server.ts";

/** The signed-in person making a request. */
export type Viewer = {
	userId: string;
	/** The current session's token: "sign out the other sessions" keeps this one. */
	sessionToken: string;
	email: string;
	username: string | null;
	firstName: string;
	lastName: string;
	name: string;
	language: Language;
};

// One lookup per request: keyed by the request's router context, forgotten with it.
const viewers = new WeakMap<object, Promise<Viewer | null>>();

async function loadViewer(request: Request): Promise<Viewer | null> {
	// No session cookie, no database round trip.
	if (!request.headers.get("cookie")?.includes("session_token")) return null;
	const auth = getAuth();
	const context = await auth.$context;
	// The common case without better-auth's machinery; whatever needs a write goes through it.
	const row = await readSessionCookie(getDb(), request, {
		cookieName: context.authCookies.sessionToken.name,
		dontRememberCookieName: context.authCookies.dontRememberToken.name,
		secret: context.secret,
		expiresInSeconds: context.sessionConfig.expiresIn,
		updateAgeSeconds: context.sessionConfig.updateAge,
		nowMs: Date.now(),
	});
	if (row === null) return null;
	if (row) {
		return {
			userId: row.user_id,
			sessionToken: row.token,
			email: row.email,
			username: row.display_username,
			firstName: row.first_name,
			lastName: row.last_name,
			name: row.name,
			language: isLanguage(row.language) ? row.language : "fr",
		};
	}
	const found = await auth.api.getSession({ headers: request.headers });
	if (!found) return null;
	const user = found.user as typeof found.user & { firstName?: string; lastName?: string; language?: string };
	return {
		userId: user.id,
		sessionToken: found.session.token,
		email: user.email,
		username: (user as { displayUsername?: string | null }).displayUsername ?? null,
		firstName: user.firstName ?? "",
		lastName: user.lastName ?? "",
		name: user.name,
		language: isLanguage(user.language) ? user.language : "fr",
	};
}

/** The signed-in viewer, or null. Looked up once per request, however many callers ask. */
export function getViewer(request: Request, context: Readonly<RouterContextProvider>): Promise<Viewer | null> {
	let viewer = viewers.get(context);
	if (!viewer) {
		viewer = loadViewer(request);
		viewers.set(context, viewer);
	}
	return viewer;
}

/** The viewer, or a redirect to "Connexion" that comes back here afterwards. */
export async function requireViewer(request: Request, context: Readonly<RouterContextProvider>): Promise<Viewer> {
	const viewer = await getViewer(request, context);
	if (viewer) return viewer;
	// With JavaScript on the request is the data request (`/me.data`): come back to the page.
	const params = new URLSearchParams({ redirectTo: documentPath(request) });
	throw redirect(`/sign-in?${params}`);
}
