import type { Selectable } from "kysely";
import { sql } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import type { OffersTable, RegistrationStatus } from "#app/db/schema.ts";
import { dateInBrussels, nowIso } from "#app/infra/clock.ts";
import { promotesAutomatically } from "./capacity.ts";
import { mailRegistrationState } from "./registration-mail.server.ts";

type LockedOffer = Selectable<OffersTable>;

/** Registrations that hold one of the offer's places. */
export function holdsPlace(status: RegistrationStatus): boolean {
	return status === "accepted" || status === "pending";
}

/** Moves the offer's counters by the given amounts (the offer row is already locked). */
export async function adjustCounters(trx: Database, offerId: string, change: { places?: number; waiting?: number }) {
	await trx
		.updateTable("offers")
		.set({
			places_taken: sql<number>`places_taken + ${change.places ?? 0}`,
			waiting_count: sql<number>`waiting_count + ${change.waiting ?? 0}`,
			updated_at: nowIso(),
		})
		.where("id", "=", offerId)
		.execute();
}

/** 1-based position of a waiting registration on its offer's list. */
export async function positionOf(trx: Database, registration: { id: string; offer_id: string; queued_at: string }) {
	const row = await trx
		.selectFrom("registrations")
		.select((eb) => eb.fn.countAll<string | number>().as("ahead"))
		.where("offer_id", "=", registration.offer_id)
		.where("status", "=", "waiting")
		.where((eb) =>
			eb.or([
				eb("queued_at", "<", registration.queued_at),
				eb.and([eb("queued_at", "=", registration.queued_at), eb("id", "<", registration.id)]),
			]),
		)
		.executeTakeFirstOrThrow();
	return Number(row.ahead) + 1;
}

/** Raises a registration's revision (the iCalendar SEQUENCE, with the offer's): with every change of status. */
export const nextRevision = sql<number>`revision + 1`;

/**
 * Gives freed places to the waiting list, first come first served: accepted at once, or held
 * pending the staff's decision in that mode. Each promoted family is told by mail. Nobody is
 * promoted into a cancelled or archived offer, nor once its first day has begun
 * (`promotesAutomatically`). The offer row must be locked by the caller; `offer` carries its
 * counters and status as they are now.
 */
export async function promoteWaiting(
	trx: Database,
	offer: LockedOffer,
	decidedBy: string | null,
	/** A registration staff just moved to the waiting list: it does not take the place back. */
	excludeId?: string,
): Promise<number> {
	if (!promotesAutomatically(offer, dateInBrussels())) return 0;
	let placesTaken = offer.places_taken;
	let promoted = 0;
	while (placesTaken < offer.capacity) {
		let query = trx
			.selectFrom("registrations")
			.select(["id", "child_id"])
			.where("offer_id", "=", offer.id)
			.where("status", "=", "waiting");
		if (excludeId) query = query.where("id", "!=", excludeId);
		const next = await query.orderBy("queued_at").orderBy("id").limit(1).executeTakeFirst();
		if (!next) break;
		const status = offer.confirmation_mode === "automatic" ? "accepted" : "pending";
		const at = nowIso();
		await trx
			.updateTable("registrations")
			.set({ status, decided_at: at, decided_by_user_id: decidedBy, revision: nextRevision, updated_at: at })
			.where("id", "=", next.id)
			.execute();
		await adjustCounters(trx, offer.id, { places: 1, waiting: -1 });
		await mailRegistrationState(trx, { registration: { child_id: next.child_id, status }, offer });
		placesTaken += 1;
		promoted += 1;
	}
	return promoted;
}
