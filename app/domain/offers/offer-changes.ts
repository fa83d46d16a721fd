import type { TFunction } from "i18next";
import { formatMoney } from "#app/ui/format.ts";
import { offerRunDaysLabel } from "./offer-days.server.ts";

/** What families rely on, as stored on the offer row. */
export type OfferSchedule = {
	kind: string;
	house_id: string;
	first_day: string;
	last_day: string;
	dates: string;
	start_time: string;
	end_time: string;
	price_cents: number;
	care_price_cents: number | null;
};

export type OfferChangeKind = "dates" | "times" | "house" | "price" | "carePrice";

/**
 * Which of the things registered families rely on differ between two versions of an offer:
 * its days, its daily times, its place (house) and its prices. Anything else (title,
 * description, capacity…) changes nothing for a family's calendar or purse.
 */
export function scheduleChanges(before: OfferSchedule, after: OfferSchedule): OfferChangeKind[] {
	const changes: OfferChangeKind[] = [];
	if (before.first_day !== after.first_day || before.last_day !== after.last_day || before.dates !== after.dates) {
		changes.push("dates");
	}
	if (before.start_time !== after.start_time || before.end_time !== after.end_time) changes.push("times");
	if (before.house_id !== after.house_id) changes.push("house");
	if (before.price_cents !== after.price_cents) changes.push("price");
	if (before.care_price_cents !== after.care_price_cents) changes.push("carePrice");
	return changes;
}

/**
 * The changes as a family reads them, one line each, new value then old, in the reader's
 * language: « Horaire : 08:30 – 16:00 (au lieu de 09:00 – 16:00) ». House names are given by the caller.
 */
export function describeChanges(
	changes: OfferChangeKind[],
	versions: { before: OfferSchedule & { house_name: string }; after: OfferSchedule & { house_name: string } },
	t: TFunction,
	language: string,
): string {
	const value = (kind: OfferChangeKind, offer: OfferSchedule & { house_name: string }): string => {
		switch (kind) {
			case "dates":
				return offerRunDaysLabel(offer, language);
			case "times":
				return `${offer.start_time} – ${offer.end_time}`;
			case "house":
				return offer.house_name;
			case "price":
				return formatMoney(offer.price_cents, language);
			case "carePrice":
				return offer.care_price_cents === null
					? t("offers.changes.noCare")
					: formatMoney(offer.care_price_cents, language);
		}
	};
	return changes
		.map((kind) =>
			t(`offers.changes.${kind}`, { before: value(kind, versions.before), after: value(kind, versions.after) }),
		)
		.join("\n");
}
