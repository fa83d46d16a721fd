import { defaultLanguage, isLanguage, type Language } from "#app/locales/languages.ts";
import { useT } from "#app/ui/i18n.tsx";

const ELEMENT_ID = "i18n-messages";

// The catalogues never change while the process runs: serialise each once, not per page.
const serialised = new WeakMap<object, string>();

/**
 * The current language's strings as JSON in a non-executed script element. Rendered on the
 * server from the request's i18next instance; on the client the instance built from this very
 * element renders identical content, so hydration matches.
 */
export function I18nEmbed() {
	const { i18n } = useT();
	const messages: object = i18n.getResourceBundle(i18n.language, "translation") ?? {};
	let json = serialised.get(messages);
	if (json === undefined) {
		// `<` escaped so the JSON can never close the script element.
		json = JSON.stringify(messages).replace(/</g, "\\u003c");
		serialised.set(messages, json);
	}
	return (
		<script
			id={ELEMENT_ID}
			type="application/json"
			data-language={i18n.language}
			suppressHydrationWarning
			// biome-ignore lint/security/noDangerouslySetInnerHtml: JSON data, escaped above, never executed
			dangerouslySetInnerHTML={{ __html: json }}
		/>
	);
}

export function readEmbeddedTranslations(document: Document): { language: Language; messages: object } {
	const element = document.getElementById(ELEMENT_ID);
	const language = element?.dataset.language;
	return {
		language: isLanguage(language) ? language : defaultLanguage,
		messages: element?.textContent ? (JSON.parse(element.textContent) as object) : {},
	};
}
