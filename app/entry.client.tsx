import i18next from "i18next";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { HydratedRouter } from "react-router/dom";
import { elisionPostProcessor } from "#app/locales/elision.ts";
import { defaultLanguage } from "#app/locales/languages.ts";
import { readEmbeddedTranslations } from "#app/ui/i18n-embed.tsx";
import { registerEmbeddedScopes } from "#app/ui/route-translations.ts";

// The server embeds the strings of the page's routes in the page (see I18nEmbed), so the
// client renders the same words at once, without fetching anything before hydration; later
// navigations fetch the scopes they lack (useRouteTranslations, decision 027).
const { language, messages, scopes, version } = readEmbeddedTranslations(document);

void i18next
	.use(initReactI18next)
	.use(elisionPostProcessor)
	.init({
		lng: language,
		fallbackLng: defaultLanguage,
		resources: { [language]: { translation: messages } },
		interpolation: { escapeValue: false },
		initAsync: false,
		postProcess: [elisionPostProcessor.name],
	});

registerEmbeddedScopes(i18next, scopes, version);

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
