import { defaultLanguage, isLanguage, type Language } from "#app/locales/languages.ts";
import { parseTranslationsUrl, translationsUrl } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import { usePageScopes } from "#app/ui/route-translations.ts";

const ELEMENT_ID = "i18n-messages";

// In the browser: the address the server gave the document, read once before hydration.
let documentUrl: string | undefined;

/**
 * `<link rel="preload" as="fetch">` of the strings of the scopes the matched routes declared
 * (decision 041): `/locales/:version/:language/:scopes`, which says everything the browser
 * needs (language, scopes, catalogue version from the root loader). The browser starts that
 * request while it reads the head, beside the module preloads, and `loadDocumentTranslations`
 * picks up the answer before hydrating. Rendered in the head. In the browser the element keeps
 * the document's address for good: a new one after a client-side navigation would only
 * download strings a second time (`useRouteTranslations` fetches what a navigation lacks).
 */
export function TranslationsPreload({ version }: { version: string }) {
	const { i18n } = useT();
	const scopes = usePageScopes();
	const href = documentUrl ?? translationsUrl(version, i18n.language, scopes);
	return <link id={ELEMENT_ID} rel="preload" as="fetch" crossOrigin="anonymous" href={href} />;
}

/**
 * The strings of the document's scopes, fetched from the address of its preload link (the
 * preloaded answer, or the browser's cache on a later visit), with the language, scopes and
 * catalogue version that address names. Null when there is no such link, when the answer is
 * not a 200 with JSON, or when its strings are from another catalogue version (a deploy between
 * the page and the request): the caller must not hydrate then, since the page would render
 * other words than the server's HTML.
 */
export async function loadDocumentTranslations(document: Document): Promise<{
	language: Language;
	messages: object;
	scopes: string[];
	version: string;
} | null> {
	const href = document.getElementById(ELEMENT_ID)?.getAttribute("href") ?? "";
	const parsed = parseTranslationsUrl(href);
	if (!parsed) return null;
	try {
		// Same mode and credentials as the preload (`crossorigin="anonymous"`), so it is reused.
		const response = await fetch(href);
		if (!response.ok || response.headers.get("Catalogue-Version") !== parsed.version) return null;
		const messages = (await response.json()) as object;
		documentUrl = href;
		return {
			language: isLanguage(parsed.language) ? parsed.language : defaultLanguage,
			messages,
			scopes: parsed.scopes,
			version: parsed.version,
		};
	} catch {
		return null;
	}
}
