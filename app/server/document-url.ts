/** How React Router 7 names the data request of a path that ends in "/" (trailing-slash aware). */
const TRAILING_SLASH_DATA = "/_.data";
/** How it names the index data request when `v8_trailingSlashAwareDataRequests` is off. */
const ROOT_DATA = "/_root.data";
const DATA = ".data";

/**
 * The address the user sees for a request: the one to build redirects, `redirectTo` links,
 * canonical URLs and path comparisons from. Never read `request.url` for those.
 *
 * With JavaScript on, React Router 7 (single fetch, `v8_passThroughRequests`) hands loaders
 * and actions the data request as the browser sent it: `/registrations` is fetched as
 * `/registrations.data`, `/staff/` as `/staff/_.data` (`/_root.data` without the
 * trailing-slash flag), with `_routes=…` listing the loaders to run, and an index route's
 * form posts to `?index`. This undoes exactly what `singleFetchUrl` and `stripIndexParam` in
 * react-router 7.18 (and `getNormalizedPath` on the server) do: the suffix goes, `_routes`
 * goes, and a bare `index` parameter goes (an `index` with a value is the page's own and stays).
 * A document request comes back unchanged, apart from the bare `?index` of an index form.
 *
 * @returns a new `URL` (absolute, with the request's origin); the request is not touched.
 */
export function documentUrl(request: Pick<Request, "url">): URL {
	const url = new URL(request.url);
	url.pathname = documentPathname(url.pathname);
	const indexValues = url.searchParams.getAll("index");
	// Rewriting the query re-encodes it (`%20` becomes `+`): only when there is something to drop.
	if (url.searchParams.has("_routes") || indexValues.includes("")) {
		url.searchParams.delete("_routes");
		url.searchParams.delete("index");
		for (const value of indexValues) if (value !== "") url.searchParams.append("index", value);
	}
	return url;
}

/** The path and query of `documentUrl(request)`, e.g. `/staff/g1/offers/o1/registrations?status=waiting`. */
export function documentPath(request: Pick<Request, "url">): string {
	const url = documentUrl(request);
	return `${url.pathname}${url.search}`;
}

/**
 * A request path without React Router's data suffix: `/me.data` → `/me`, `/staff/_.data` →
 * `/staff/`, `/_root.data` → `/`. For code that has only a path (Express's `request.path`).
 */
export function documentPathname(pathname: string): string {
	if (pathname.endsWith(TRAILING_SLASH_DATA)) return pathname.slice(0, -"_.data".length);
	if (pathname === ROOT_DATA) return "/";
	if (pathname.endsWith(DATA)) return pathname.slice(0, -DATA.length);
	return pathname;
}
