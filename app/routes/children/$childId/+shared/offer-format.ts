import type { TFunction } from "i18next";
import { yearsAndMonths } from "#app/domain/offers/age.ts";
import { TIME_ZONE } from "#app/infra/clock.ts";
import { dateTimeFormat, localeOf } from "#app/infra/intl.ts";

/** A calendar date without its year, as the guide's cards show it: « 06/07 ». */
export function dayAndMonth(date: string, language: string): string {
	const [year, month, day] = date.split("-").map(Number) as [number, number, number];
	return dateTimeFormat(localeOf(language), {
		timeZone: "UTC",
		day: "2-digit",
		month: "2-digit",
	}).format(new Date(Date.UTC(year, month - 1, day)));
}

/** An instant in Brussels with a four-digit year: « 30/06/2027 18:00 ». */
export function dayAndTime(iso: string, language: string): string {
	return dateTimeFormat(localeOf(language), {
		timeZone: TIME_ZONE,
		day: "2-digit",
		month: "2-digit",
		year: "numeric",
		hour: "2-digit",
		minute: "2-digit",
	}).format(new Date(iso));
}

/** « 06/07 → 10/07 » for a camp, « 04/03, 11/03 » for an activity's days. */
export function shortDays(
	offer: { kind: string; firstDay: string; lastDay: string; dates: string },
	language: string,
): string {
	if (offer.kind === "activity") {
		const days = JSON.parse(offer.dates) as string[];
		if (days.length > 0) return days.map((day) => dayAndMonth(day, language)).join(", ");
	}
	if (offer.firstDay === offer.lastDay) return dayAndMonth(offer.firstDay, language);
	// No-break spaces: the two dates wrap together or not at all.
	return `${dayAndMonth(offer.firstDay, language)}\u00A0→\u00A0${dayAndMonth(offer.lastDay, language)}`;
}

/**
 * « 4 ans et 9 mois », « 12 ans », « 0 an et 6 mois » (the guide's wording). `withMonths`
 * writes « 6 ans et 0 mois » for a maximum staff gave in months (decision 018), which is not
 * the « 6 ans » that holds until the eve of the 7th birthday.
 */
export function ageLabel(t: TFunction, totalMonths: number, options: { withMonths?: boolean } = {}): string {
	const { years, months } = yearsAndMonths(totalMonths);
	const yearsText = t("camps.age.years", { count: years });
	if (months === 0 && !options.withMonths) return yearsText;
	return t("camps.age.yearsAndMonths", { years: yearsText, months: t("camps.age.months", { count: months }) });
}

/** « acceptée », « liste d'attente (position 2) »… */
export function registrationStatusLabel(
	t: TFunction,
	registration: { status: string; position: number | null },
): string {
	if (registration.status === "waiting" && registration.position) {
		return t("offers.registration.waitingPosition", { position: registration.position });
	}
	return t(`offers.registration.status.${registration.status as "accepted"}`);
}

export const registrationStatusStyles: Record<string, string> = {
	pending: "border-sky-300 bg-sky-50 text-sky-950",
	accepted: "border-brand-600/40 bg-brand-50 text-brand-900",
	waiting: "border-amber-300 bg-amber-50 text-amber-950",
	refused: "border-red-300 bg-red-50 text-red-900",
	cancelled: "border-stone-300 bg-stone-100 text-stone-800",
};
