import type { TFunction } from "i18next";
import type { OfferStatus, RegistrationStatus } from "#app/db/schema.ts";
import { yearsAndMonths } from "#app/domain/offers/age.ts";
import { offerDatesLabel } from "#app/domain/offers/offer-dates.ts";

/** « 28/12/2026 → 31/12/2026 », or an activity's days, from an offer as the loaders send it. */
export function datesLabel(
	offer: { kind: string; firstDay: string; lastDay: string; dates: string },
	language: string,
): string {
	return offerDatesLabel(
		{ kind: offer.kind, first_day: offer.firstDay, last_day: offer.lastDay, dates: offer.dates },
		language,
	);
}

/** « 4 ans 9 mois », « 1 an », « 11 mois ». */
export function ageLabel(t: TFunction, totalMonths: number): string {
	const { years, months } = yearsAndMonths(totalMonths);
	const parts = [
		years > 0 ? t("offerAdmin.age.years", { count: years }) : "",
		months > 0 || years === 0 ? t("offerAdmin.age.months", { count: months }) : "",
	];
	return parts.filter(Boolean).join(" ");
}

export const offerStatusClass: Record<OfferStatus, string> = {
	draft: "bg-stone-200 text-stone-800",
	open: "bg-brand-100 text-brand-900",
	closed: "bg-amber-100 text-amber-950",
	cancelled: "bg-red-100 text-red-900",
};

export const registrationStatusClass: Record<RegistrationStatus, string> = {
	pending: "bg-amber-100 text-amber-950",
	accepted: "bg-brand-100 text-brand-900",
	waiting: "bg-sky-100 text-sky-950",
	refused: "bg-red-100 text-red-900",
	cancelled: "bg-stone-200 text-stone-800",
};

export const badgeClass = "inline-block rounded-full px-2 py-0.5 text-xs font-semibold first-letter:uppercase";
