/** How a new registration is placed, given what the offer already holds. */
export type Placement = "accepted" | "pending" | "waiting" | "full";

export type OfferLoad = {
	capacity: number;
	waitingListSize: number;
	/** Registrations holding a place: accepted, and pending in staff-decision mode. */
	placesTaken: number;
	waitingCount: number;
	confirmationMode: "automatic" | "staff";
};

/**
 * First come, first served: a free place is accepted at once (automatic mode) or held pending
 * the staff's decision; otherwise the waiting list, while it has room; otherwise full.
 */
export function placeRegistration(load: OfferLoad): Placement {
	if (load.placesTaken < load.capacity) return load.confirmationMode === "automatic" ? "accepted" : "pending";
	if (load.waitingCount < load.waitingListSize) return "waiting";
	return "full";
}

/**
 * Places left below which a card speaks of scarcity: 3, or a fifth of the capacity when that
 * is more (« Plus que 5 places » on a camp of 24; « 24 places disponibles » when all are free).
 */
export function fewPlacesThreshold(capacity: number): number {
	return Math.max(3, Math.ceil(capacity / 5));
}

/**
 * What a card says about places: « 12 places disponibles » (`free`), « Plus que 3 places »
 * (`few`, see `fewPlacesThreshold`), « Complet — liste d'attente », « Complet ».
 */
export function availability(
	load: OfferLoad,
): { kind: "free" | "few"; placesLeft: number } | { kind: "waiting" } | { kind: "full" } {
	const placesLeft = load.capacity - load.placesTaken;
	if (placesLeft > 0) return { kind: placesLeft <= fewPlacesThreshold(load.capacity) ? "few" : "free", placesLeft };
	if (load.waitingCount < load.waitingListSize) return { kind: "waiting" };
	return { kind: "full" };
}

/**
 * Whether a freed place may go to the waiting list on its own (decision 017): never into a
 * cancelled or archived offer, and not once its first day has begun (Brussels), when a family
 * could no longer plan for it. Staff may still accept someone by hand until the last day.
 */
export function promotesAutomatically(
	offer: { status: string; archived_at: string | null; first_day: string },
	today: string,
): boolean {
	return offer.status !== "cancelled" && offer.archived_at === null && today < offer.first_day;
}
