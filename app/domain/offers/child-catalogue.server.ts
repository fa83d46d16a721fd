import type { Database } from "#app/db/db.server.ts";
import type { OfferKind, RegistrationStatus } from "#app/db/schema.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import type { Language } from "#app/locales/languages.ts";
import type { ChildRecord } from "../families/families.repository.server.ts";
import { ageRangeOf, isAgeEligible } from "./age.ts";
import { cancellationDeadline } from "./cancellation-deadline.ts";
import { availability } from "./capacity.ts";
import { registrationWindow } from "./eligibility.server.ts";
import { offerDays } from "./offer-dates.ts";
import {
	type CatalogueOffer,
	dayCountersOf,
	listCatalogue,
	type listRegistrationsOfChild,
	waitingPositions,
} from "./offers.repository.server.ts";
import { registersByDay } from "./register-child.server.ts";

/** What a guardian may do on an offer's card, decided here so the page only shows it. */
export type OfferAction =
	| { kind: "register" }
	| { kind: "registered"; registrationId: string; status: RegistrationStatus; position: number | null }
	| { kind: "incomplete" }
	| { kind: "notOpen"; opensAt: string }
	| { kind: "closed" }
	| { kind: "residents" }
	| { kind: "full" }
	/** An activity registered day by day: tick the days (see `days` of the offer). */
	| { kind: "chooseDays" }
	/** … where the child already holds every day that can still be chosen. */
	| { kind: "daysChosen" };

/** One day of an activity registered day by day, as its card shows it (decision 023). */
export type OfferDay = {
	day: string;
	places: ReturnType<typeof availability>;
	/** The child's active registration for that day. */
	registration: { id: string; status: RegistrationStatus; position: number | null } | null;
	/** Not begun yet (Brussels): may still be chosen. */
	upcoming: boolean;
	/** May be ticked now: upcoming, not registered, not full. */
	choosable: boolean;
};

/** Which offers to show; `houseId` restricts to one house (activities are listed by house). */
/** Where an offer's registrations stand now (see registrationWindow). */
export type RegistrationWindow = "open" | "notOpen" | "closed";

export type CatalogueFilters = { periodId?: string; postalCode?: string; houseId?: string };

const activeStatuses: readonly RegistrationStatus[] = ["pending", "accepted", "waiting"];

function residentCodes(offer: CatalogueOffer): string[] {
	return JSON.parse(offer.resident_postal_codes) as string[];
}

function loadOf(offer: CatalogueOffer) {
	return {
		capacity: offer.capacity,
		waitingListSize: offer.waiting_list_size,
		placesTaken: offer.places_taken,
		waitingCount: offer.waiting_count,
		confirmationMode: offer.confirmation_mode,
	};
}

/**
 * The catalogue of camps or activities for one child: the group's published offers that have
 * not ended and that the child has the age for on their first day (all of them while the
 * birth date is unknown), each with its places and what the guardian may do now — in the
 * order `registerChild` checks: the window, the dossier, the residents' reservation, places.
 * The filter choices (periods, house postal codes) come from the offers the child may see.
 */
export async function loadChildCatalogue(
	db: Database,
	options: {
		child: ChildRecord;
		kind: OfferKind;
		at: Date;
		/** The dossier has every mandatory datum (see missingDossierData). */
		dossierComplete: boolean;
		filters: CatalogueFilters;
		/** The family's language: titles, descriptions and periods in it, French where not translated. */
		language: Language;
		/** Every registration of the child (`listRegistrationsOfChild`), read once for the page. */
		registrations: ChildRegistrationRow[];
	},
) {
	const { child, kind, at, dossierComplete, filters, language } = options;
	const all = await listCatalogue(db, { groupId: child.group_id, kind, today: dateInBrussels(at), language });
	const birthDate = child.birth_date;
	const forAge = birthDate ? all.filter((offer) => isAgeEligible(birthDate, offer.first_day, ageRangeOf(offer))) : all;
	// Keyed by offer, or by offer and day for an activity registered day by day.
	const unitKey = (offerId: string, day: string | null) => (day === null ? offerId : `${offerId}/${day}`);
	const registrations = new Map(
		options.registrations
			.filter((registration) => activeStatuses.includes(registration.status))
			.map((registration) => [unitKey(registration.offer_id, registration.offer_day), registration]),
	);
	const waiting = [...registrations.values()].filter((registration) => registration.status === "waiting");
	const positions = await waitingPositions(db, [...new Set(waiting.map((registration) => registration.offer_id))]);
	const byDay = all.filter(registersByDay);
	const dayCounters = await dayCountersOf(
		db,
		byDay.map((offer) => offer.id),
	);
	const today = dateInBrussels(at);
	const daysOf = (offer: CatalogueOffer): OfferDay[] | null => {
		if (!registersByDay(offer)) return null;
		return [...new Set(offerDays(offer))].map((day) => {
			const counters = dayCounters.get(offer.id)?.get(day);
			const places = availability({
				...loadOf(offer),
				placesTaken: counters?.placesTaken ?? 0,
				waitingCount: counters?.waitingCount ?? 0,
			});
			const registration = registrations.get(unitKey(offer.id, day));
			const upcoming = day > today;
			return {
				day,
				places,
				registration: registration
					? { id: registration.id, status: registration.status, position: positions.get(registration.id) ?? null }
					: null,
				upcoming,
				choosable: upcoming && !registration && places.kind !== "full",
			};
		});
	};

	const actionFor = (offer: CatalogueOffer, days: OfferDay[] | null): OfferAction => {
		const registration = days ? undefined : registrations.get(offer.id);
		if (registration) {
			return {
				kind: "registered",
				registrationId: registration.id,
				status: registration.status,
				position: positions.get(registration.id) ?? null,
			};
		}
		const window = registrationWindow(offer, at);
		if (window === "notOpen") return { kind: "notOpen", opensAt: offer.opens_at };
		if (window === "closed") return { kind: "closed" };
		if (!dossierComplete) return { kind: "incomplete" };
		const residents = residentCodes(offer);
		if (residents.length > 0 && !residents.includes(child.postal_code ?? "")) return { kind: "residents" };
		if (days) {
			if (days.some((day) => day.choosable)) return { kind: "chooseDays" };
			return days.some((day) => day.registration) ? { kind: "daysChosen" } : { kind: "full" };
		}
		if (availability(loadOf(offer)).kind === "full") return { kind: "full" };
		return { kind: "register" };
	};

	const matches = (offer: CatalogueOffer) =>
		(!filters.periodId || offer.period_id === filters.periodId) &&
		(!filters.postalCode || offer.house_postal_code === filters.postalCode) &&
		(filters.houseId === undefined || offer.house_id === filters.houseId);
	const shown = forAge.filter(matches);
	const periods = new Map<string, string>();
	for (const offer of forAge) if (offer.period_id && offer.period_name) periods.set(offer.period_id, offer.period_name);
	const countsByHouse = new Map<string, number>();
	for (const offer of forAge) countsByHouse.set(offer.house_id, (countsByHouse.get(offer.house_id) ?? 0) + 1);

	return {
		offers: shown.map((offer) => {
			const days = daysOf(offer);
			return {
				...offer,
				residentPostalCodes: residentCodes(offer),
				places: availability(loadOf(offer)),
				/** Null unless parents choose this activity's days (decision 023). */
				days,
				window: registrationWindow(offer, at) as RegistrationWindow,
				action: actionFor(offer, days),
			};
		}),
		/** Offers matching the filters that the child is too young or too old for. */
		hiddenByAge: all.filter(matches).length - shown.length,
		periods: [...periods].map(([id, name]) => ({ id, name })),
		postalCodes: [...new Set(forAge.map((offer) => offer.house_postal_code))].sort(),
		countsByHouse: Object.fromEntries(countsByHouse),
	};
}
export type ChildCatalogue = Awaited<ReturnType<typeof loadChildCatalogue>>;

/** A registration of a child as `listRegistrationsOfChild` lists it (by first day, latest first). */
export type ChildRegistrationRow = Awaited<ReturnType<typeof listRegistrationsOfChild>>[number];

/**
 * « Inscriptions de l'enfant »: every registration of the child (`registrations`, read once for
 * the page by `listRegistrationsOfChild`), with its waiting position and whether a guardian may
 * still cancel it (active, and before the offer's deadline).
 */
export async function loadChildRegistrations(
	db: Database,
	options: { registrations: ChildRegistrationRow[]; at: Date },
) {
	const { registrations } = options;
	const positions = await waitingPositions(db, [
		...new Set(registrations.filter((row) => row.status === "waiting").map((row) => row.offer_id)),
	]);
	const now = options.at.toISOString();
	const today = dateInBrussels(options.at);
	// Coming ones first, soonest on top; then those that are over, latest first.
	const ordered = [
		...registrations.filter((row) => row.last_day >= today).reverse(),
		...registrations.filter((row) => row.last_day < today),
	];
	return ordered.map((registration) => {
		const deadline = cancellationDeadline(registration);
		const active = activeStatuses.includes(registration.status);
		return {
			...registration,
			position: positions.get(registration.id) ?? null,
			cancelDeadline: active ? deadline : null,
			canCancel: active && now < deadline,
		};
	});
}
export type ChildRegistration = Awaited<ReturnType<typeof loadChildRegistrations>>[number];
