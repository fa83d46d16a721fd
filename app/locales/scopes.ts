/**
 * Translation scopes: the parts of the catalogue a page sends to the browser (decision 027).
 * A scope is a top-level key of `fr.ts` (`"camps"`) or a subtree below (`"families.dossier"`).
 * Each route module declares the scopes its components render in `handle.translations`; the
 * root adds the shell's. The page embeds only those, and a client-side navigation fetches the
 * missing ones before it renders. Kept free of the catalogues so the browser bundle stays small.
 */
import type { fr } from "./fr.ts";

type Catalogue = typeof fr;

/**
 * `"camps"`, `"families.dossier"` or deeper (`"families.medical.allergies"`); the route table's
 * unit test checks that each declared scope exists.
 */
export type TranslationScope = keyof Catalogue | `${keyof Catalogue & string}.${string}`;

/** What a route module's `handle` says about translations. */
export type TranslationHandle = { translations?: readonly TranslationScope[] };

/** The shell's words, sent with every page: menus, footer, the messages of any form. */
export const shellScopes = [
	"app",
	"nav",
	"language",
	"forms",
	"validation",
] as const satisfies readonly TranslationScope[];

/** The error page's words, sent only with a page that shows it (the root's error boundary). */
export const errorPageScopes = ["errors"] as const satisfies readonly TranslationScope[];

/**
 * The scopes of the matched routes (root first), sorted and without one that an ancestor
 * scope already holds (`families` makes `families.dossier` redundant).
 */
export function scopesOfMatches(matches: readonly { handle?: unknown }[]): string[] {
	const all = new Set<string>();
	for (const match of matches) {
		const scopes = (match.handle as TranslationHandle | undefined)?.translations ?? [];
		for (const scope of scopes) all.add(scope);
	}
	return [...all].filter((scope) => !isWithin(scope, all)).sort();
}

function isWithin(scope: string, others: ReadonlySet<string>): boolean {
	for (const other of others) if (scope.startsWith(`${other}.`)) return true;
	return false;
}

/** Whether `key` (`"camps.card.placesLeft"`) lies in one of `scopes`. */
export function scopesCover(scopes: Iterable<string>, key: string): boolean {
	for (const scope of scopes) if (key === scope || key.startsWith(`${scope}.`)) return true;
	return false;
}

/**
 * The parts of `catalogue` named by `scopes`, nested as in the catalogue (`{ families: {
 * dossier: … } }`). A scope the catalogue lacks is left out.
 */
export function pickScopes(catalogue: Record<string, unknown>, scopes: readonly string[]): Record<string, unknown> {
	const picked: Record<string, unknown> = {};
	for (const scope of scopes) {
		const path = scope.split(".");
		const value = valueAt(catalogue, path);
		if (value === undefined) continue;
		let target = picked;
		for (const segment of path.slice(0, -1)) {
			target[segment] = { ...(target[segment] as Record<string, unknown> | undefined) };
			target = target[segment] as Record<string, unknown>;
		}
		target[path[path.length - 1] as string] = value;
	}
	return picked;
}

/** The value at `path` in `catalogue` (a string or a subtree), undefined when there is none. */
export function valueAt(catalogue: Record<string, unknown>, path: readonly string[]): unknown {
	let value: unknown = catalogue;
	for (const segment of path) {
		if (typeof value !== "object" || value === null || !Object.hasOwn(value, segment)) return undefined;
		value = (value as Record<string, unknown>)[segment];
	}
	return value;
}

/** Scopes as they travel in a URL path segment: `camps,families.dossier`. */
export function scopesToPath(scopes: readonly string[]): string {
	return scopes.join(",");
}

/**
 * The address of the resource route that answers `scopes` of `language` under catalogue
 * `version`: `/locales/f9b4dac024b4/fr/app,camps.card,nav`. `scopes` are joined as given:
 * pass them sorted (as `scopesOfMatches` gives them) so a set has one address, and one
 * cache entry in the browser.
 */
export function translationsUrl(version: string, language: string, scopes: readonly string[]): string {
	return `/locales/${version}/${language}/${scopesToPath(scopes)}`;
}

/** What `translationsUrl` made: null for any other address. */
export function parseTranslationsUrl(url: string): { version: string; language: string; scopes: string[] } | null {
	const [, version, language, segment] = /^\/locales\/([0-9a-f]+)\/([a-z]+)\/([^/?#]+)$/.exec(url) ?? [];
	const scopes = segment === undefined ? null : scopesFromPath(segment);
	return version && language && scopes ? { version, language, scopes } : null;
}

/** The scopes of a URL path segment; null when one is not a dotted name. */
export function scopesFromPath(segment: string): string[] | null {
	const scopes = segment.split(",");
	return scopes.length <= 50 && scopes.every((scope) => /^[A-Za-z]+(\.[A-Za-z0-9_]+){0,3}$/.test(scope))
		? scopes
		: null;
}
