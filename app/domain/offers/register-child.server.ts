import { type Database, withTransaction } from "#app/db/db.server.ts";
import { isUniqueViolation } from "#app/db/dialect.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { now } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { findChild } from "../families/families.repository.server.ts";
import { placeRegistration } from "./capacity.ts";
import { checkEligibility } from "./eligibility.server.ts";
import { lockOffer } from "./offers.repository.server.ts";
import { mailRegistrationState } from "./registration-mail.server.ts";
import { adjustCounters, nextRevision, positionOf } from "./registration-queue.server.ts";

const formError = (key: string, code: "CONFLICT" | "CAPACITY_FULL" = "CONFLICT") =>
	new AppError(code, { fieldErrors: { form: [key] } });

/**
 * « S'inscrire »: registers a child for a camp or an activity. The offer row is locked for the
 * whole transaction (PostgreSQL `FOR UPDATE`; SQLite's `BEGIN IMMEDIATE` write lock), so the
 * capacity check, the insert and the counters move together: never more places than capacity,
 * never more waiting than the list allows, a child at most once (unique key). The mail to the
 * guardians is written in the same transaction (outbox).
 */
export async function registerChild(options: {
	db: Database;
	/** A guardian of the child. */
	actor: Actor;
	childId: string;
	offerId: string;
	/** Extended care (garderie), where offered. */
	withCare: boolean;
}): Promise<{ registrationId: string; status: "accepted" | "pending" | "waiting"; position?: number }> {
	const { db, actor, childId, offerId } = options;
	try {
		const result = await withTransaction(db, async (trx) => {
			const child = await findChild(trx, { kind: "guardian", userId: actor.userId }, childId);
			if (!child) throw new AppError("NOT_FOUND");
			const offer = await lockOffer(trx, child.group_id, offerId);
			if (!offer || offer.status === "draft" || offer.archived_at !== null) throw new AppError("NOT_FOUND");
			const at = now();
			const problem = await checkEligibility(trx, { child, offer, at });
			if (problem) throw formError(`offers.register.${problem}`);
			const withCare = options.withCare || (offer.care_price_cents !== null && !offer.care_optional);
			if (options.withCare && offer.care_price_cents === null) throw formError("offers.register.noCare");
			const existing = await trx
				.selectFrom("registrations")
				.select(["id", "status"])
				.where("offer_id", "=", offer.id)
				.where("child_id", "=", child.id)
				.executeTakeFirst();
			if (existing && existing.status !== "cancelled" && existing.status !== "refused") {
				throw formError("offers.register.already");
			}
			const placement = placeRegistration({
				capacity: offer.capacity,
				waitingListSize: offer.waiting_list_size,
				placesTaken: offer.places_taken,
				waitingCount: offer.waiting_count,
				confirmationMode: offer.confirmation_mode,
			});
			if (placement === "full") throw formError("offers.register.full", "CAPACITY_FULL");
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
			// A child cancelled or refused earlier registers again on the same row (one per offer).
			const registrationId = existing?.id ?? newId();
			if (existing) {
				await trx
					.updateTable("registrations")
					.set({ ...values, cancellation_reason: null, revision: nextRevision })
					.where("id", "=", existing.id)
					.execute();
			} else {
				await trx
					.insertInto("registrations")
					.values({
						id: registrationId,
						offer_id: offer.id,
						child_id: child.id,
						group_id: child.group_id,
						created_at: iso,
						...values,
					})
					.execute();
			}
			await adjustCounters(trx, offer.id, placement === "waiting" ? { waiting: 1 } : { places: 1 });
			const position =
				placement === "waiting"
					? await positionOf(trx, { id: registrationId, offer_id: offer.id, queued_at: iso })
					: undefined;
			await mailRegistrationState(trx, { registration: { child_id: child.id, status: placement }, offer, position });
			await recordAuditEvent(trx, {
				actorUserId: actor.userId,
				groupId: child.group_id,
				action: "registration.created",
				targetType: "registration",
				targetId: registrationId,
				ipAddress: actor.ipAddress,
				details: { offerId: offer.id, childId: child.id, status: placement },
			});
			return { registrationId, status: placement, position };
		});
		wakeMailSender();
		return result;
	} catch (error) {
		// Two tabs clicking at once: the unique key keeps one; the other is told plainly.
		if (isUniqueViolation(error)) throw formError("offers.register.already");
		throw error;
	}
}
