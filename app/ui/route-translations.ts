import type { i18n as I18n } from "i18next";
import { use } from "react";
import { useMatches, useRouteError } from "react-router";
import { errorPageScopes, scopesCover, scopesOfMatches, scopesToPath, translationsUrl } from "#app/locales/scopes.ts";
import { useT } from "./i18n.tsx";

type Loaded = { scopes: Set<string>; version: string; pending: Map<string, Promise<void>> };

// Only the browser's instance is registered; the server's instances hold every string.
const loadedBy = new WeakMap<I18n, Loaded>();

/** Tells which scopes the browser's instance was built with (the document's, decision 041). */
export function registerLoadedScopes(i18n: I18n, scopes: readonly string[], version: string): void {
	loadedBy.set(i18n, { scopes: new Set(scopes), version, pending: new Map() });
}

/**
 * The scopes the page renders: those of the matched routes (root first), and the error page's
 * when the root's error boundary shows. Sorted, so a set has one name (`scopesToPath`).
 */
export function usePageScopes(): string[] {
	const scopes = scopesOfMatches(useMatches());
	// In the root's Layout, the error its boundary is showing (null or undefined without one).
	const error = useRouteError();
	return error == null ? scopes : [...new Set([...scopes, ...errorPageScopes])].sort();
}

/**
 * Makes sure the strings of every matched route's scopes are loaded before the page renders
 * (decision 027). On a client-side navigation to a route whose scopes the page lacks, it
 * suspends while `/locales/:version/:language/:scopes` answers: React Router renders
 * navigations in a transition, so the previous page stays on screen meanwhile and no key is
 * ever shown raw. On the server, and on the page the server rendered (whose strings were loaded
 * before hydration), it does nothing.
 */
export function useRouteTranslations(): void {
	const { i18n } = useT();
	const scopes = usePageScopes();
	const loaded = loadedBy.get(i18n);
	if (!loaded) return;
	const missing = scopes.filter((scope) => !scopesCover(loaded.scopes, scope));
	if (missing.length > 0) use(loadScopes(i18n, loaded, missing));
}

function loadScopes(i18n: I18n, loaded: Loaded, missing: string[]): Promise<void> {
	const path = scopesToPath(missing);
	let pending = loaded.pending.get(path);
	if (!pending) {
		pending = fetch(translationsUrl(loaded.version, i18n.language, missing))
			.then((response) => {
				if (!response.ok) throw new Error(`translations ${path}: HTTP ${response.status}`);
				return response.json() as Promise<object>;
			})
			.then((messages) => {
				i18n.addResourceBundle(i18n.language, "translation", messages, true, true);
				for (const scope of missing) loaded.scopes.add(scope);
			})
			.catch(() => {
				// Without the strings the page cannot be shown in the browser: let the server
				// render it as a whole document instead (the address is already the new one).
				window.location.reload();
				return new Promise<void>(() => undefined);
			});
		loaded.pending.set(path, pending);
	}
	return pending;
}
