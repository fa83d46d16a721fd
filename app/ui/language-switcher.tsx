import { Form, useLocation } from "react-router";
import { languages } from "#app/locales/languages.ts";
import { useT } from "#app/ui/i18n.tsx";

/**
 * Four buttons, one per language. Works without JavaScript (a plain form post); the page is
 * reloaded as a whole so every string, including the embedded ones, switches at once.
 */
export function LanguageSwitcher() {
	const { t, language: currentLanguage } = useT();
	const location = useLocation();
	return (
		<Form method="post" action="/language" reloadDocument className="flex items-center gap-1">
			<input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
			<fieldset className="flex items-center gap-1">
				<legend className="sr-only">{t("language.label")}</legend>
				{languages.map((language) => {
					const current = language === currentLanguage;
					return (
						<button
							key={language}
							type="submit"
							name="language"
							value={language}
							lang={language}
							aria-label={t(`language.names.${language}`)}
							aria-current={current ? "true" : undefined}
							className="language-button"
						>
							{language}
						</button>
					);
				})}
			</fieldset>
		</Form>
	);
}
