/**
 * Translation scopes: the parts of the catalogue a page sends to the browser (decision 027).
 * A scope is a top-level key of `fr.ts` (`"camps"`) or one level below (`"families.dossier"`).
 * Each route module declares the scopes its components render in `handle.translations`; the
 * root adds the shell's. The page embeds only those, and a client-side navigation fetches the
 * missing ones before it renders. Kept free of the catalogues so the browser bundle stays small.
 */
import type { fr } from "./fr.ts";

type Catalogue = typeof fr;
type Subtrees<Key extends keyof Catalogue> = Catalogue[Key] extends string
	? never
	: `${Key & string}.${keyof Catalogue[Key] & string}`;

/** `"camps"` or `"families.dossier"`. */
export type TranslationScope = keyof Catalogue | { [Key in keyof Catalogue]: Subtrees<Key> }[keyof Catalogue];

/** What a route module's `handle` says about translations. */
export type TranslationHandle = { translations?: readonly TranslationScope[] };

/** The shell's words, sent with every page: menus, footer, form messages. */
export const shellScopes = [
	"app",
	"nav",
	"language",
	"forms",
	"validation",
	// Every form's password field lists its rules (app/ui/form.tsx).
	"auth.password",
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
	const dot = scope.indexOf(".");
	return dot > 0 && others.has(scope.slice(0, dot));
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
		const [top = "", sub] = scope.split(".", 2);
		const value = catalogue[top];
		if (value === undefined) continue;
		if (sub === undefined) {
			picked[top] = value;
			continue;
		}
		const inner = (value as Record<string, unknown>)[sub];
		if (inner === undefined) continue;
		picked[top] = { ...(picked[top] as Record<string, unknown> | undefined), [sub]: inner };
	}
	return picked;
}

/** Scopes as they travel in a URL path segment: `camps,families.dossier`. */
export function scopesToPath(scopes: readonly string[]): string {
	return scopes.join(",");
}

/** The scopes of a URL path segment; null when one is not a name (letters only, one dot at most). */
export function scopesFromPath(segment: string): string[] | null {
	const scopes = segment.split(",");
	return scopes.every((scope) => /^[A-Za-z]+(\.[A-Za-z0-9_]+)?$/.test(scope)) ? scopes : null;
}
