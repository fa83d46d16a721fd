import type { ExpressionBuilder, Selectable } from "kysely";
import { sql } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import type { DB, OffersTable, RegistrationStatus } from "#app/db/schema.ts";
import { dateInBrussels, nowIso } from "#app/infra/clock.ts";
import { promotesAutomatically } from "./capacity.ts";
import { mailRegistrationState } from "./registration-mail.server.ts";

type LockedOffer = Selectable<OffersTable>;

/**
 * What a registration takes a place in (decision 023): the whole offer (`offer_day` null, the
 * offer row's counters), or one day of an activity registered day by day — then the offer as
 * seen from that day: its first and last day are that day, its counters the day's.
 */
export type RegistrationUnit = LockedOffer & { offer_day: string | null };

/**
 * The unit a registration is for, read with its counters (the offer row must already be
 * locked by the caller: the day's counters only move under that lock).
 */
export async function unitOf(trx: Database, offer: LockedOffer, day: string | null): Promise<RegistrationUnit> {
	if (day === null) return { ...offer, offer_day: null };
	const counters = await trx
		.selectFrom("offer_day_counters")
		.select(["places_taken", "waiting_count"])
		.where("offer_id", "=", offer.id)
		.where("day", "=", day)
		.executeTakeFirst();
	return {
		...offer,
		first_day: day,
		last_day: day,
		dates: JSON.stringify([day]),
		places_taken: counters?.places_taken ?? 0,
		waiting_count: counters?.waiting_count ?? 0,
		offer_day: day,
	};
}

/** Restricts a query on registrations to one unit: the offer's day, or the whole offer. */
export function sameDay(day: string | null) {
	return (eb: ExpressionBuilder<DB, "registrations">) =>
		day === null ? eb("registrations.offer_day", "is", null) : eb("registrations.offer_day", "=", day);
}

/** Registrations that hold one of the offer's places. */
export function holdsPlace(status: RegistrationStatus): boolean {
	return status === "accepted" || status === "pending";
}

/**
 * Moves a unit's counters by the given amounts (the offer row is already locked): the offer's
 * own, or its day's row in `offer_day_counters` (made on first use).
 */
export async function adjustCounters(
	trx: Database,
	unit: { id: string; offer_day: string | null },
	change: { places?: number; waiting?: number },
) {
	const offerId = unit.id;
	if (unit.offer_day !== null) {
		const updated = await trx
			.updateTable("offer_day_counters")
			.set({
				places_taken: sql<number>`places_taken + ${change.places ?? 0}`,
				waiting_count: sql<number>`waiting_count + ${change.waiting ?? 0}`,
			})
			.where("offer_id", "=", offerId)
			.where("day", "=", unit.offer_day)
			.executeTakeFirst();
		if (Number(updated.numUpdatedRows) === 0) {
			await trx
				.insertInto("offer_day_counters")
				.values({
					offer_id: offerId,
					day: unit.offer_day,
					places_taken: change.places ?? 0,
					waiting_count: change.waiting ?? 0,
				})
				.execute();
		}
		await trx.updateTable("offers").set({ updated_at: nowIso() }).where("id", "=", offerId).execute();
		return;
	}
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

/** 1-based position of a waiting registration on its unit's list (the offer's, or its day's). */
export async function positionOf(
	trx: Database,
	registration: { id: string; offer_id: string; offer_day: string | null; queued_at: string },
) {
	const row = await trx
		.selectFrom("registrations")
		.select((eb) => eb.fn.countAll<string | number>().as("ahead"))
		.where("offer_id", "=", registration.offer_id)
		.where(sameDay(registration.offer_day))
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
 * promoted into a cancelled or archived offer, nor once its first day (a day's unit: that day)
 * has begun (`promotesAutomatically`). The offer row must be locked by the caller; `offer` is
 * the unit, with its counters and status as they are now.
 */
export async function promoteWaiting(
	trx: Database,
	offer: RegistrationUnit,
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
			.where(sameDay(offer.offer_day))
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
		await adjustCounters(trx, offer, { places: 1, waiting: -1 });
		await mailRegistrationState(trx, { registration: { child_id: next.child_id, status }, offer });
		placesTaken += 1;
		promoted += 1;
	}
	return promoted;
}
