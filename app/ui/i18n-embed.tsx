import { defaultLanguage, isLanguage, type Language } from "#app/locales/languages.ts";
import { pickScopes } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import { usePageScopes } from "#app/ui/route-translations.ts";

const ELEMENT_ID = "i18n-messages";

// The catalogues never change while the process runs: serialise each language's scope set
// once, not per page (a few dozen sets: one per kind of page).
const serialised = new Map<string, string>();

/**
 * The strings of the scopes the matched routes declared (decision 027), as JSON in a
 * non-executed script element, with the scope names and the catalogue version (`version`,
 * from the root loader) that client-side navigations use to fetch more. Rendered on the server
 * from the request's i18next instance; on the client the instance built from this very element
 * renders identical content, so hydration matches.
 */
export function I18nEmbed({ version }: { version: string }) {
	const { i18n } = useT();
	const scopes = usePageScopes();
	const cacheKey = `${i18n.language}|${scopes.join(",")}`;
	let json = serialised.get(cacheKey);
	if (json === undefined) {
		const catalogue = (i18n.getResourceBundle(i18n.language, "translation") ?? {}) as Record<string, unknown>;
		// `<` escaped so the JSON can never close the script element.
		json = JSON.stringify(pickScopes(catalogue, scopes)).replace(/</g, "\\u003c");
		// Only the server's complete catalogues are worth keeping; the browser's grow as it goes.
		if (typeof document === "undefined") serialised.set(cacheKey, json);
	}
	return (
		<script
			id={ELEMENT_ID}
			type="application/json"
			data-language={i18n.language}
			data-scopes={scopes.join(",")}
			data-version={version}
			suppressHydrationWarning
			// biome-ignore lint/security/noDangerouslySetInnerHtml: JSON data, escaped above, never executed
			dangerouslySetInnerHTML={{ __html: json }}
		/>
	);
}

/** What the server embedded: language, strings, the scopes they cover and the catalogue version. */
export function readEmbeddedTranslations(document: Document): {
	language: Language;
	messages: object;
	scopes: string[];
	version: string;
} {
	const element = document.getElementById(ELEMENT_ID);
	const language = element?.dataset.language;
	return {
		language: isLanguage(language) ? language : defaultLanguage,
		messages: element?.textContent ? (JSON.parse(element.textContent) as object) : {},
		scopes: element?.dataset.scopes ? element.dataset.scopes.split(",") : [],
		version: element?.dataset.version ?? "0",
	};
}
