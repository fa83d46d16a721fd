import type { OfferKind } from "#app/db/schema.ts";
import type { StaffOffer } from "#app/domain/offers/offers.repository.server.ts";
import { isoToBrusselsTime } from "#app/infra/clock.ts";

/** Cents as people type euros: 8550 → « 85,50 », 8500 → « 85 ». */
function euros(cents: number): string {
	return (cents / 100).toFixed(2).replace(".", ",").replace(/,00$/, "");
}

function age(totalMonths: number | null): { years?: string; months?: string } {
	if (totalMonths === null) return {};
	return { years: String(Math.floor(totalMonths / 12)), months: String(totalMonths % 12) };
}

/**
 * A new camp or activity starts as a draft, first come first served, with the usual hours. A
 * new activity lets parents choose its dates (« Toutes les dates ensemble » unticked, decision 023).
 */
export function newOfferDefaults(kind: OfferKind, houseIds: string[]): Record<string, string> {
	return {
		kind,
		status: "draft",
		confirmationMode: "automatic",
		careOptional: "on",
		startTime: "09:00",
		endTime: "16:00",
		waitingListSize: "0",
		...(houseIds.length === 1 && houseIds[0] ? { houseId: houseIds[0] } : {}),
	};
}

/** An offer's row as its form shows it (Brussels wall-clock times, euros, years and months). */
export function offerFormDefaults(offer: StaffOffer): Record<string, string> {
	const minAge = age(offer.min_age_months);
	const maxAge = age(offer.max_age_months);
	// « 6 ans » given in years only stays so: its months field stays empty (decision 018).
	if (offer.max_age_whole_years) delete maxAge.months;
	const values: Record<string, string | undefined> = {
		kind: offer.kind,
		houseId: offer.house_id,
		periodId: offer.period_id ?? "",
		title: offer.title,
		description: offer.description,
		titleNl: offer.title_nl ?? undefined,
		titleDe: offer.title_de ?? undefined,
		titleEn: offer.title_en ?? undefined,
		descriptionNl: offer.description_nl ?? undefined,
		descriptionDe: offer.description_de ?? undefined,
		descriptionEn: offer.description_en ?? undefined,
		firstDay: offer.first_day,
		lastDay: offer.last_day,
		dates: (JSON.parse(offer.dates) as string[]).join("\n"),
		startTime: offer.start_time,
		endTime: offer.end_time,
		price: euros(offer.price_cents),
		carePrice: offer.care_price_cents === null ? "" : euros(offer.care_price_cents),
		careOptional: offer.care_optional ? "on" : undefined,
		datesTogether: offer.dates_together ? "on" : undefined,
		minAgeYears: minAge.years,
		minAgeMonths: minAge.months,
		maxAgeYears: maxAge.years,
		maxAgeMonths: maxAge.months,
		capacity: String(offer.capacity),
		waitingListSize: String(offer.waiting_list_size),
		opensAt: isoToBrusselsTime(offer.opens_at),
		closesAt: isoToBrusselsTime(offer.closes_at),
		cancelUntil: offer.cancel_until ? isoToBrusselsTime(offer.cancel_until) : "",
		confirmationMode: offer.confirmation_mode,
		residentPostalCodes: (JSON.parse(offer.resident_postal_codes) as string[]).join(", "),
		status: offer.status,
	};
	return Object.fromEntries(
		Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
	);
}
