/**
 * Staff content in the family's language (decision 024): offer titles and descriptions and
 * period names are typed in French, with optional Dutch, German and English translations kept
 * in per-language columns (`title_nl`, `name_de`…, null when not given). French is the
 * fallback, field by field. Shared by the browser and the server.
 */
import type { Language } from "#app/locales/languages.ts";

/** The languages staff may translate into; French is the text itself. */
export const translationLanguages = ["nl", "de", "en"] as const;
export type TranslationLanguage = (typeof translationLanguages)[number];

/** The translated fields of each table. */
export type TranslatedField = "title" | "description" | "name";

type Translatable<F extends TranslatedField> = { [K in F]: string } & {
	[K in `${F}_${TranslationLanguage}`]?: string | null;
};

/**
 * The text of `field` in `language`: its translation when staff gave one (not blank), the
 * French text otherwise. A row without the translation columns gives the French text.
 */
export function localizedText<F extends TranslatedField>(row: Translatable<F>, field: F, language: Language): string {
	const french = row[field] as string;
	if (language === "fr") return french;
	const translated = (row as Record<string, unknown>)[`${field}_${language}`];
	return typeof translated === "string" && translated.trim() !== "" ? translated : french;
}

/** The form field of a translation: `titleNl`, `descriptionDe`, `nameEn`. */
export function translationFieldName<F extends TranslatedField>(
	field: F,
	language: TranslationLanguage,
): `${F}${Capitalize<TranslationLanguage>}` {
	return `${field}${language[0]?.toUpperCase()}${language.slice(1)}` as `${F}${Capitalize<TranslationLanguage>}`;
}

/** A typed translation → the column value: trimmed, null when blank. */
export function translationValue(value: string | undefined | null): string | null {
	const trimmed = value?.trim() ?? "";
	return trimmed === "" ? null : trimmed;
}
