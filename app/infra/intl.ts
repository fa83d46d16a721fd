/**
 * Cached Intl formatters. Building an `Intl.DateTimeFormat` costs far more than using one
 * (time-zone and locale data are loaded each time); a page with thirty dates built thirty of
 * them. Formatters are immutable, so one per locale and options serves every request.
 */
const displayLocales = { fr: "fr-BE", nl: "nl-BE", de: "de-BE", en: "en-GB" } as const;

/** The formatting locale of an interface language (Belgian French by default). */
export function localeOf(language: string): string {
	return displayLocales[language as keyof typeof displayLocales] ?? displayLocales.fr;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = dateTimeFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, options);
		dateTimeFormats.set(key, format);
	}
	return format;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, options);
		numberFormats.set(key, format);
	}
	return format;
}

/**
 * The catalogue key of a count's plural form (`base_one`, `base_other`), by the CLDR rules of
 * the language: for messages whose values travel as strings (flash messages), where i18next
 * cannot choose the form itself.
 */
export function pluralKey(base: string, count: number, language: string): string {
	return `${base}_${new Intl.PluralRules(localeOf(language)).select(count) === "one" ? "one" : "other"}`;
}
