/**
 * A redirect target taken from user input, kept on this site: only absolute paths, never
 * `//host` or `/\host` (which browsers read as another origin). Anything else goes home.
 */
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
	if (typeof target !== "string") return fallback;
	if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
	return target;
}
