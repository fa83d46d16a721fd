import { type Database, withTransaction } from "#app/db/db.server.ts";
import { isUniqueViolation } from "#app/db/dialect.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { dateInBrussels, now } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { type ChildRecord, findChild } from "../families/families.repository.server.ts";
import { placeRegistration } from "./capacity.ts";
import { checkEligibility } from "./eligibility.server.ts";
import { offerDays } from "./offer-dates.ts";
import { lockOffer, readOffer } from "./offers.repository.server.ts";
import { mailRegistrationState } from "./registration-mail.server.ts";
import {
	adjustCounters,
	nextRevision,
	positionOf,
	type RegistrationUnit,
	sameDay,
	unitOf,
} from "./registration-queue.server.ts";

const formError = (key: string, code: "CONFLICT" | "CAPACITY_FULL" = "CONFLICT") =>
	new AppError(code, { fieldErrors: { form: [key] } });

/** One unit registered by `registerChild`: the whole offer (`day` null) or one of its days. */
export type RegisteredUnit = {
	registrationId: string;
	/** YYYY-MM-DD for a day of an activity registered day by day; null for the whole offer. */
	day: string | null;
	status: "accepted" | "pending" | "waiting";
	/** 1-based place on the unit's waiting list. */
	position?: number;
};

/**
 * The days a guardian may choose for an activity registered day by day: its dates that have
 * not begun yet (Brussels). Days outside the offer, already begun or repeated are refused.
 * Errors: VALIDATION on `days` (`offers.register.chooseDays`, `offers.register.dayUnknown`).
 */
export function chosenDays(
	offer: { first_day: string; last_day: string; dates: string; kind: string },
	days: string[],
	today: string,
): string[] {
	const unique = [...new Set(days)].sort();
	if (unique.length === 0) throw new AppError("VALIDATION", { fieldErrors: { days: ["offers.register.chooseDays"] } });
	const open = new Set(offerDays(offer).filter((day) => day > today));
	if (unique.some((day) => !open.has(day))) {
		throw new AppError("VALIDATION", { fieldErrors: { days: ["offers.register.dayUnknown"] } });
	}
	return unique;
}

type RegisterOptions = {
	db: Database;
	/** A guardian of the child. */
	actor: Actor;
	childId: string;
	/**
	 * The child as the caller has just read it for this guardian (`findChild`): the check
	 * before the lock uses it instead of reading it again. The locked step always reads it again.
	 */
	child?: ChildRecord;
	offerId: string;
	/** Extended care (garderie), where offered. */
	withCare: boolean;
	/** For an activity registered day by day: the days chosen (YYYY-MM-DD); ignored otherwise. */
	days?: string[];
};

/**
 * « S'inscrire »: registers a child for a camp or an activity — for an activity registered day
 * by day (`dates_together` false, decision 023), for each chosen day, each a registration of
 * its own with that day's places and waiting list; all chosen days or none. The offer row is
 * locked for the whole transaction (PostgreSQL `FOR UPDATE`; SQLite's `BEGIN IMMEDIATE` write
 * lock), so the capacity check, the insert and the counters move together: never more places
 * than capacity, never more waiting than the list allows, a child at most once per offer and
 * day (unique key). The mail to the guardians is written in the same transaction (outbox).
 *
 * The same checks run first without a transaction, on the rows as they stand (decision 043): a
 * refusal (a full camp on opening day, most requests) is answered without waiting for the
 * write lock or holding it. Only a registration that would succeed then takes the lock, and
 * everything is checked again under it. Places freed by a cancellation that commits meanwhile
 * are seen by the next request, as if this one had come a moment earlier.
 *
 * Errors: NOT_FOUND, CONFLICT (`offers.register.*` on `form`), CAPACITY_FULL, VALIDATION (`days`).
 * The first unit's id, status and position are repeated at the top level.
 */
export async function registerChild(options: RegisterOptions): Promise<RegisteredUnit & { units: RegisteredUnit[] }> {
	const { db } = options;
	try {
		// Within a caller's transaction the lock is already held: the checks run once, under it.
		if (!db.isTransaction) await placeUnits(db, options, "check");
		const units = await withTransaction(db, (trx) => placeUnits(trx, options, "write"));
		wakeMailSender();
		const [first] = units;
		if (!first) throw new Error("no unit registered");
		return { ...first, units };
	} catch (error) {
		// Two tabs clicking at once: the unique key keeps one; the other is told plainly.
		if (isUniqueViolation(error)) throw formError("offers.register.already");
		throw error;
	}
}

/**
 * The steps of « S'inscrire » in their order, each refusal thrown as `registerChild` says.
 * `check`: reads the rows as they stand, without a lock, and stops before the first write (no
 * unit is returned). `write`: in the transaction, under the offer's lock; writes and returns
 * each unit registered.
 */
async function placeUnits(db: Database, options: RegisterOptions, mode: "check" | "write"): Promise<RegisteredUnit[]> {
	const { actor, childId, offerId } = options;
	const child =
		mode === "check" && options.child?.id === childId
			? options.child
			: await findChild(db, { kind: "guardian", userId: actor.userId }, childId);
	if (!child) throw new AppError("NOT_FOUND");
	const offer = await (mode === "write" ? lockOffer : readOffer)(db, child.group_id, offerId);
	if (!offer || offer.status === "draft" || offer.archived_at !== null) throw new AppError("NOT_FOUND");
	const at = now();
	const problem = await checkEligibility(db, { child, offer, at });
	if (problem) throw formError(`offers.register.${problem}`);
	const withCare = options.withCare || (offer.care_price_cents !== null && !offer.care_optional);
	if (options.withCare && offer.care_price_cents === null) throw formError("offers.register.noCare");
	const days = registersByDay(offer) ? chosenDays(offer, options.days ?? [], dateInBrussels(at)) : [null];
	const units: RegisteredUnit[] = [];
	for (const day of days) {
		const unit = await unitOf(db, offer, day);
		const registered = await registerUnit(db, { unit, child, actor, withCare, at, mode });
		if (registered) units.push(registered);
	}
	return units;
}

/** Whether parents choose the days of this offer, each its own registration (decision 023). */
export function registersByDay(offer: { kind: string; dates_together: boolean }): boolean {
	return offer.kind === "activity" && !offer.dates_together;
}

async function registerUnit(
	db: Database,
	options: {
		unit: RegistrationUnit;
		child: { id: string; group_id: string };
		actor: Actor;
		withCare: boolean;
		at: Date;
		/** `check`: stop before writing, once the unit would be placed (see `placeUnits`). */
		mode: "check" | "write";
	},
): Promise<RegisteredUnit | null> {
	const { unit, child, actor, withCare, at } = options;
	const existing = await db
		.selectFrom("registrations")
		.select(["id", "status"])
		.where("offer_id", "=", unit.id)
		.where("child_id", "=", child.id)
		.where(sameDay(unit.offer_day))
		.executeTakeFirst();
	if (existing && existing.status !== "cancelled" && existing.status !== "refused") {
		throw formError("offers.register.already");
	}
	const placement = placeRegistration({
		capacity: unit.capacity,
		waitingListSize: unit.waiting_list_size,
		placesTaken: unit.places_taken,
		waitingCount: unit.waiting_count,
		confirmationMode: unit.confirmation_mode,
	});
	if (placement === "full") {
		throw formError(unit.offer_day === null ? "offers.register.full" : "offers.register.dayFull", "CAPACITY_FULL");
	}
	if (options.mode === "check") return null;
	const iso = at.toISOString();
	const values = {
		status: placement,
		with_care: withCare,
		queued_at: iso,
		refusal_reason: null,
		decided_by_user_id: null,
		decided_at: placement === "accepted" ? iso : null,
		cancelled_by_user_id: null,
		cancelled_at: null,
		created_by_user_id: actor.userId,
		updated_at: iso,
	};
	// A child cancelled or refused earlier registers again on the same row (one per offer and day).
	const registrationId = existing?.id ?? newId();
	if (existing) {
		await db
			.updateTable("registrations")
			.set({ ...values, cancellation_reason: null, revision: nextRevision })
			.where("id", "=", existing.id)
			.execute();
	} else {
		await db
			.insertInto("registrations")
			.values({
				id: registrationId,
				offer_id: unit.id,
				child_id: child.id,
				group_id: child.group_id,
				offer_day: unit.offer_day,
				created_at: iso,
				...values,
			})
			.execute();
	}
	await adjustCounters(db, unit, placement === "waiting" ? { waiting: 1 } : { places: 1 });
	const position =
		placement === "waiting"
			? await positionOf(db, { id: registrationId, offer_id: unit.id, offer_day: unit.offer_day, queued_at: iso })
			: undefined;
	await mailRegistrationState(db, { registration: { child_id: child.id, status: placement }, offer: unit, position });
	await recordAuditEvent(db, {
		actorUserId: actor.userId,
		groupId: child.group_id,
		action: "registration.created",
		targetType: "registration",
		targetId: registrationId,
		ipAddress: actor.ipAddress,
		details: { offerId: unit.id, childId: child.id, day: unit.offer_day, status: placement },
	});
	return { registrationId, day: unit.offer_day, status: placement, position };
}
