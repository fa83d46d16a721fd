import { type RawBuilder, sql } from "kysely";
import type { Language } from "#app/locales/languages.ts";
import type { TranslatedField } from "./staff-translations.ts";

/**
 * `table.field` in `language`, French when the translation is null (decision 024): one
 * `coalesce` in the SELECT, so lists such as the parent catalogue stay a single query.
 */
export function localizedColumn(
	table: "offers" | "periods" | "published_documents",
	field: TranslatedField,
	language: Language,
): RawBuilder<string> {
	const french = sql.ref(`${table}.${field}`);
	if (language === "fr") return sql<string>`${french}`;
	return sql<string>`coalesce(${sql.ref(`${table}.${field}_${language}`)}, ${french})`;
}
