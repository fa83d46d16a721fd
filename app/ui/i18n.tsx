import type { i18n as I18n, TFunction } from "i18next";
import { useContext } from "react";
import { I18nContext } from "react-i18next";
import { defaultLanguage, isLanguage, type Language } from "#app/locales/languages.ts";

const bound = new WeakMap<I18n, TFunction>();

/**
 * The translation function and language of the page. The language of a rendered page never
 * changes in place (switching reloads the document), so components read the instance from
 * context directly instead of subscribing to language changes as `useTranslation` does.
 */
export function useT(): { t: TFunction; language: Language; i18n: I18n } {
	const { i18n } = useContext(I18nContext);
	let t = bound.get(i18n);
	if (!t) {
		t = i18n.t.bind(i18n) as TFunction;
		bound.set(i18n, t);
	}
	return { t, language: isLanguage(i18n.language) ? i18n.language : defaultLanguage, i18n };
}
