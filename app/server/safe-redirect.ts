import { documentPathname } from "./document-url.ts";

/** Any origin: only used to resolve a relative target the way a browser resolves it. */
const probeOrigin = "http://ribambelle.invalid";

/**
 * A redirect target taken from user input, kept on this site. The target is parsed as a
 * browser parses a `Location` header (WHATWG URL: tabs and newlines removed, `\` read as `/`,
 * dot segments resolved), and only a target that stays on this origin is kept, re-serialised
 * (percent-encoded: no CR/LF can reach a header), without React Router's `.data` suffix. `//host`, `/\host`, `/\t/host`, absolute URLs
 * and relative paths go to `fallback`.
 */
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
	if (typeof target !== "string" || !target.startsWith("/") || target.length > 2048) return fallback;
	let url: URL;
	try {
		url = new URL(target, probeOrigin);
	} catch {
		return fallback;
	}
	if (url.origin !== probeOrigin) return fallback;
	// A link made from a data request (`/me.data`) leads to its page.
	const path = `${documentPathname(url.pathname)}${url.search}${url.hash}`;
	// A path that a browser would again read as protocol-relative.
	return path.startsWith("//") ? fallback : path;
}
