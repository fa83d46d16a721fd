import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { RegistrationStatus } from "#app/db/schema.ts";
import type { AuditAction } from "#app/domain/audit/audit-actions.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { dateInBrussels, nowIso } from "#app/infra/clock.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { canEditHouse, canSeeHouse, type StaffAccess } from "../groups/permissions.ts";
import { parseInput } from "../validation.ts";
import { decideRegistrationSchema, type RegistrationDecision } from "./offer-input.ts";
import { lockOffer } from "./offers.repository.server.ts";
import { allowedFrom } from "./registration-decisions.ts";
import { mailRegistrationState } from "./registration-mail.server.ts";
import {
	adjustCounters,
	holdsPlace,
	nextRevision,
	positionOf,
	promoteWaiting,
	unitOf,
} from "./registration-queue.server.ts";

const formError = (key: string) => new AppError("CONFLICT", { fieldErrors: { form: [key] } });

const target: Record<RegistrationDecision["decision"], RegistrationStatus> = {
	accept: "accepted",
	wait: "waiting",
	refuse: "refused",
	cancel: "cancelled",
};

const auditActionOf = {
	accept: "registration.accepted",
	wait: "registration.moved_to_waiting",
	refuse: "registration.refused",
	cancel: "registration.cancelled",
} as const satisfies Record<RegistrationDecision["decision"], AuditAction>;

/**
 * Staff decide on a registration: accept (from pending, or from the waiting list when a place
 * is free), move to the waiting list, refuse with a reason, or cancel. Capacity and the
 * waiting list's size hold as for parents; a freed place promotes the first child waiting. For
 * one day of an activity registered day by day, all of this is that day's (decision 023).
 */
export async function decideRegistration(options: {
	db: Database;
	/** Staff managing the offer's house. */
	actor: Actor & { access: StaffAccess };
	input: RegistrationDecision;
}): Promise<void> {
	const { db, actor } = options;
	const input = parseInput(decideRegistrationSchema, options.input);
	await withTransaction(db, async (trx) => {
		const found = await trx
			.selectFrom("registrations")
			.innerJoin("offers", "offers.id", "registrations.offer_id")
			.select(["registrations.offer_id", "offers.house_id"])
			.where("registrations.id", "=", input.registrationId)
			.where("registrations.group_id", "=", actor.access.groupId)
			.executeTakeFirst();
		if (!found) throw new AppError("NOT_FOUND");
		if (!canEditHouse(actor.access, found.house_id)) {
			// Outside the member's houses the registration does not exist; inside, a reader may not decide.
			throw new AppError(canSeeHouse(actor.access, found.house_id) ? "FORBIDDEN" : "NOT_FOUND");
		}
		const locked = await lockOffer(trx, actor.access.groupId, found.offer_id);
		if (!locked) throw new AppError("NOT_FOUND");
		const registration = await trx
			.selectFrom("registrations")
			.select(["id", "status", "child_id", "offer_id", "offer_day", "queued_at"])
			.where("id", "=", input.registrationId)
			.executeTakeFirstOrThrow();
		const offer = await unitOf(trx, locked, registration.offer_day);
		if (!allowedFrom[input.decision].includes(registration.status)) throw formError("offers.decide.notAllowed");
		// A place is given by hand until the last day, never in a cancelled offer (decision 017).
		if (input.decision === "accept" && offer.status === "cancelled") throw formError("offers.decide.offerCancelled");
		if (input.decision === "accept" && dateInBrussels() > offer.last_day) throw formError("offers.decide.offerOver");
		const next = target[input.decision];
		const hadPlace = holdsPlace(registration.status);
		const getsPlace = holdsPlace(next);
		if (getsPlace && !hadPlace && offer.places_taken >= offer.capacity) throw formError("offers.decide.noPlace");
		if (next === "waiting" && offer.waiting_count >= offer.waiting_list_size)
			throw formError("offers.decide.noWaitingRoom");
		const at = nowIso();
		// Moved to the waiting list by staff: back of the queue.
		const queuedAt = next === "waiting" ? at : registration.queued_at;
		await trx
			.updateTable("registrations")
			.set({
				status: next,
				queued_at: queuedAt,
				refusal_reason: input.decision === "refuse" ? input.reason : null,
				decided_by_user_id: actor.userId,
				decided_at: at,
				...(next === "cancelled"
					? { cancelled_at: at, cancelled_by_user_id: actor.userId, cancellation_reason: null }
					: {}),
				revision: nextRevision,
				updated_at: at,
			})
			.where("id", "=", registration.id)
			.execute();
		const places = (getsPlace ? 1 : 0) - (hadPlace ? 1 : 0);
		const waiting = (next === "waiting" ? 1 : 0) - (registration.status === "waiting" ? 1 : 0);
		await adjustCounters(trx, offer, { places, waiting });
		const position = next === "waiting" ? await positionOf(trx, { ...registration, queued_at: queuedAt }) : undefined;
		await mailRegistrationState(trx, {
			registration: {
				child_id: registration.child_id,
				status: next,
				refusal_reason: input.decision === "refuse" ? input.reason : null,
			},
			offer,
			position,
		});
		if (places < 0) {
			await promoteWaiting(
				trx,
				{ ...offer, places_taken: offer.places_taken + places, waiting_count: offer.waiting_count + waiting },
				actor.userId,
				next === "waiting" ? registration.id : undefined,
			);
		}
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: auditActionOf[input.decision],
			targetType: "registration",
			targetId: registration.id,
			ipAddress: actor.ipAddress,
			details: { offerId: offer.id, day: offer.offer_day, was: registration.status },
		});
	});
	wakeMailSender();
}
