import type { Selectable } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import type { OffersTable } from "#app/db/schema.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import type { Actor } from "../actor.ts";
import { mailRegistrationState } from "./registration-mail.server.ts";
import { nextRevision } from "./registration-queue.server.ts";

/**
 * An offer is cancelled: every active registration (pending, accepted, waiting) is cancelled
 * with it, recording who cancelled and why (`offer_cancelled`), its counters emptied, every
 * guardian mailed in their language and each registration audited. Nobody is promoted. Runs
 * in the caller's transaction, with the offer row locked. Returns how many were cancelled.
 */
export async function cancelOfferRegistrations(
	trx: Database,
	options: {
		/** The offer as it is now (status cancelled), locked. */
		offer: Selectable<OffersTable>;
		/** The staff member who cancelled the offer. */
		actor: Actor;
	},
): Promise<number> {
	const { offer, actor } = options;
	const active = await trx
		.selectFrom("registrations")
		.select(["id", "child_id", "status"])
		.where("offer_id", "=", offer.id)
		.where("status", "in", ["pending", "accepted", "waiting"])
		.orderBy("queued_at")
		.orderBy("id")
		.execute();
	if (active.length === 0) return 0;
	const at = nowIso();
	await trx
		.updateTable("registrations")
		.set({
			status: "cancelled",
			cancelled_at: at,
			cancelled_by_user_id: actor.userId,
			cancellation_reason: "offer_cancelled",
			revision: nextRevision,
			updated_at: at,
		})
		.where("offer_id", "=", offer.id)
		.where("status", "in", ["pending", "accepted", "waiting"])
		.execute();
	await trx
		.updateTable("offers")
		.set({ places_taken: 0, waiting_count: 0, updated_at: at })
		.where("id", "=", offer.id)
		.execute();
	for (const registration of active) {
		await mailRegistrationState(trx, {
			registration: { child_id: registration.child_id, status: "cancelled", cancellation_reason: "offer_cancelled" },
			offer,
		});
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: offer.group_id,
			action: "registration.cancelled",
			targetType: "registration",
			targetId: registration.id,
			ipAddress: actor.ipAddress,
			details: { offerId: offer.id, was: registration.status, reason: "offer_cancelled" },
		});
	}
	return active.length;
}
