import i18next from "i18next";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { HydratedRouter } from "react-router/dom";
import { elisionPostProcessor } from "#app/locales/elision.ts";
import { defaultLanguage } from "#app/locales/languages.ts";
import { readEmbeddedTranslations } from "#app/ui/i18n-embed.tsx";

// The server embeds the current language's strings in the page (see I18nEmbed), so the
// client renders the same words at once, without fetching anything before hydration.
const { language, messages } = readEmbeddedTranslations(document);

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
