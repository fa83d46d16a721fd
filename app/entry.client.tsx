import i18next from "i18next";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { HydratedRouter } from "react-router/dom";
import { elisionPostProcessor } from "#app/locales/elision.ts";
import { defaultLanguage } from "#app/locales/languages.ts";
import { registerLoadedScopes } from "#app/ui/route-translations.ts";
import { loadDocumentTranslations } from "#app/ui/translations-preload.tsx";

// The page's head preloads the strings of its routes (see TranslationsPreload): they are read
// here before hydrating, so the first render says the same words as the server's HTML; later
// navigations fetch the scopes they lack (useRouteTranslations, decisions 027 and 041).
void loadDocumentTranslations(document).then((page) => {
	// Without its strings React would render keys where the server wrote words: leave the
	// server's page as it is instead. It works as a document, like with JavaScript off.
	if (!page) {
		console.warn("The page's strings could not be loaded: it stays as the server sent it.");
		return;
	}
	void i18next
		.use(initReactI18next)
		.use(elisionPostProcessor)
		.init({
			lng: page.language,
			fallbackLng: defaultLanguage,
			resources: { [page.language]: { translation: page.messages } },
			interpolation: { escapeValue: false },
			initAsync: false,
			postProcess: [elisionPostProcessor.name],
		});
	registerLoadedScopes(i18next, page.scopes, page.version);
	startTransition(() => {
		hydrateRoot(
			document,
			<I18nextProvider i18n={i18next}>
				<StrictMode>
					<HydratedRouter />
				</StrictMode>
			</I18nextProvider>,
		);
	});
});
