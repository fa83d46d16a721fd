import type { i18n as I18n, TFunction } from "i18next";
import { useContext } from "react";
import { I18nContext } from "react-i18next";
import { defaultLanguage, isLanguage, type Language } from "#app/locales/languages.ts";

const bound = new WeakMap<I18n, TFunction>();

/**
 * At most this many phrases with values are remembered per instance; past it they are all
 * forgotten and remembering starts again. On the server an instance lives as long as the
 * process, and values (a child's name, a date) are unbounded.
 */
export const REMEMBERED_PHRASES = 5000;

/**
 * The key under which a call is remembered: the key alone, or the key with its values and
 * options when every one of them is a string, a number or a boolean (a `count`, a name, a
 * formatted date). `null` when the call must go to i18next each time: several keys, a `Date`,
 * nested options (`interpolation`, `formatParams`), `returnObjects`.
 */
function memoKey(args: unknown[]): string | null {
	const [key, options] = args;
	if (typeof key !== "string" || args.length > 2) return null;
	if (args.length === 1 || options === undefined) return key;
	if (typeof options !== "object" || options === null || Object.getPrototypeOf(options) !== Object.prototype)
		return null;
	for (const value of Object.values(options)) {
		const type = typeof value;
		if (type !== "string" && type !== "number" && type !== "boolean") return null;
	}
	return `${key}\u0000${JSON.stringify(options)}`;
}

/**
 * `i18n.t`, remembering what it returned for a key alone, or for a key with plain values
 * (`memoKey`): most of a page's words and phrases, which i18next would otherwise resolve,
 * interpolate and pluralise again on every render of every request. Everything remembered is
 * forgotten whenever the instance's strings or language change (the browser loads a route's
 * scopes on demand, decision 027); the server's instances hold every string from the start and
 * keep their language, so theirs lasts, phrases with values up to `REMEMBERED_PHRASES`.
 */
export function rememberingT(i18n: I18n): TFunction {
	const words = new Map<string, string>();
	const phrases = new Map<string, string>();
	const forget = () => {
		words.clear();
		phrases.clear();
	};
	i18n.store.on("added", forget);
	i18n.store.on("removed", forget);
	i18n.on("languageChanged", forget);
	const translate = i18n.t.bind(i18n) as unknown as (...args: unknown[]) => unknown;
	return ((...args: unknown[]) => {
		const key = memoKey(args);
		if (key === null) return translate(...args);
		const memo = key === args[0] ? words : phrases;
		let text = memo.get(key);
		if (text === undefined) {
			const translated = translate(...args);
			if (typeof translated !== "string") return translated;
			text = translated;
			if (memo === phrases && phrases.size >= REMEMBERED_PHRASES) phrases.clear();
			memo.set(key, text);
		}
		return text;
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
