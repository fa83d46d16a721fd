import type { i18n as I18n, TFunction } from "i18next";
import { useContext } from "react";
import { I18nContext } from "react-i18next";
import { defaultLanguage, isLanguage, type Language } from "#app/locales/languages.ts";

const bound = new WeakMap<I18n, TFunction>();

/**
 * `i18n.t`, remembering what a key alone (no values, no options) translates to: most of a
 * page's words, which i18next would otherwise resolve again on every render of every request.
 * What is remembered is forgotten whenever the instance's strings or language change (the
 * browser loads a route's scopes on demand, decision 027); the server's instances hold every
 * string from the start and keep their language, so theirs lasts.
 */
export function rememberingT(i18n: I18n): TFunction {
	const words = new Map<string, string>();
	const forget = () => words.clear();
	i18n.store.on("added", forget);
	i18n.store.on("removed", forget);
	i18n.on("languageChanged", forget);
	const translate = i18n.t.bind(i18n) as unknown as (...args: unknown[]) => unknown;
	return ((...args: unknown[]) => {
		const [key] = args;
		if (args.length !== 1 || typeof key !== "string") return translate(...args);
		let word = words.get(key);
		if (word === undefined) {
			word = String(translate(key));
			words.set(key, word);
		}
		return word;
	}) as unknown as TFunction;
}

/**
 * The translation function and language of the page. The language of a rendered page never
 * changes in place (switching reloads the document), so components read the instance from
 * context directly instead of subscribing to language changes as `useTranslation` does.
 */
export function useT(): { t: TFunction; language: Language; i18n: I18n } {
	const { i18n } = useContext(I18nContext);
	let t = bound.get(i18n);
	if (!t) {
		t = rememberingT(i18n);
		bound.set(i18n, t);
	}
	return { t, language: isLanguage(i18n.language) ? i18n.language : defaultLanguage, i18n };
}
