/**
 * Root middleware that gives every React Router response (document, `.data`, resource route)
 * two headers that individual routes cannot be trusted to remember:
 *
 * - `Cache-Control`: responses to a signed-in browser are `no-store`, so neither a shared cache
 *   nor the browser's history keeps a national number, health data, contacts or an attendance
 *   list (Back after sign-out must not show them again); other responses are
 *   `private, no-cache`. A route that chose its own value (a calendar feed) keeps it.
 *   React Router merges route `headers` only along the matched branch, and for a `.data`
 *   request only the route that answered counts, so a per-route export would be easy to miss.
 * - `Retry-After` on 429: `throwAsErrorPage` notes the delay here, because React Router keeps
 *   only the cookies of a thrown response's headers unless the boundary route forwards them.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { MiddlewareFunction } from "react-router";

type ResponseHints = { retryAfterSeconds?: number };

const hints = new AsyncLocalStorage<ResponseHints>();

/** Remembers how long the client must wait, for the 429 this request is about to become. */
export function noteRetryAfter(seconds: number): void {
	const current = hints.getStore();
	if (current) current.retryAfterSeconds = Math.max(current.retryAfterSeconds ?? 0, seconds);
}

/** Whether the request carries a session cookie (signed in, or was until just now). */
export function hasSessionCookie(request: Request): boolean {
	return request.headers.get("cookie")?.includes("session_token") ?? false;
}

export const responsePolicyMiddleware: MiddlewareFunction<Response> = async ({ request }, next) => {
	const store: ResponseHints = {};
	let response = await hints.run(store, next);
	const missingCacheControl = !response.headers.has("Cache-Control");
	const missingRetryAfter = response.status === 429 && !response.headers.has("Retry-After");
	if (!missingCacheControl && !missingRetryAfter) return response;
	const complete = (target: Response) => {
		if (missingCacheControl) {
			target.headers.set("Cache-Control", hasSessionCookie(request) ? "no-store" : "private, no-cache");
		}
		if (missingRetryAfter) target.headers.set("Retry-After", String(store.retryAfterSeconds ?? 60));
		return target;
	};
	try {
		return complete(response);
	} catch {
		// Some responses (redirects made by Response.redirect) have immutable headers: copy only those.
		response = new Response(response.body, response);
		return complete(response);
	}
};
