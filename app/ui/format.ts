import { TIME_ZONE } from "#app/infra/clock.ts";
import { dateTimeFormat, localeOf, numberFormat } from "#app/infra/intl.ts";

/** Days as Belgians write them: 01/09/2023 (four-digit year, no ambiguity); 01.09.2023 in German. */
const dayOptions = { day: "2-digit", month: "2-digit", year: "numeric" } as const;

/**
 * An instant as people in Belgium read it, in Brussels time, with a four-digit year in every
 * language (`dateStyle: "short"` gave 26/11/26 in French and German, 26/11/2026 in Dutch):
 * 26/11/2026 14:05, 26.11.2026, 14:05.
 */
export function formatDateTime(iso: string, language: string): string {
	return dateTimeFormat(localeOf(language), {
		timeZone: TIME_ZONE,
		...dayOptions,
		hour: "2-digit",
		minute: "2-digit",
	}).format(new Date(iso));
}

/** A calendar date (`YYYY-MM-DD`) as 26/11/2026. */
export function formatDate(date: string, language: string): string {
	const [year, month, day] = date.split("-").map(Number);
	return dateTimeFormat(localeOf(language), { timeZone: "UTC", ...dayOptions }).format(
		new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
	);
}

/** Money from integer cents: 10,00 €. */
export function formatMoney(cents: number, language: string): string {
	return numberFormat(localeOf(language), { style: "currency", currency: "EUR" }).format(cents / 100);
}

/** The calendar day of an instant in Brussels: 26/11/2026. */
export function formatDayOf(iso: string, language: string): string {
	return dateTimeFormat(localeOf(language), { timeZone: TIME_ZONE, ...dayOptions }).format(new Date(iso));
}

/** A calendar date (`YYYY-MM-DD`) with its weekday, without the year: « mardi 19/01 ». */
export function formatWeekdayAndDate(date: string, language: string): string {
	const [year, month, day] = date.split("-").map(Number);
	return dateTimeFormat(localeOf(language), {
		timeZone: "UTC",
		weekday: "long",
		day: "2-digit",
		month: "2-digit",
	}).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
}
