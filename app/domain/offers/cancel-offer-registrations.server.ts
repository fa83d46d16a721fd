import type { Selectable } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import type { OffersTable, RegistrationCancellationReason } from "#app/db/schema.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import type { Actor } from "../actor.ts";
import { onDay } from "./offer-dates.ts";
import { mailRegistrationState } from "./registration-mail.server.ts";
import { nextRevision } from "./registration-queue.server.ts";

const activeStatuses = ["pending", "accepted", "waiting"] as const;

/**
 * An offer is cancelled: every active registration (pending, accepted, waiting; of every day
 * for an activity registered day by day) is cancelled with it, recording who cancelled and why
 * (`offer_cancelled`), its counters emptied, every guardian mailed in their language and each
 * registration audited. Nobody is promoted. With `days`, only the registrations of those days
 * of an activity registered day by day, removed from its dates (`date_removed`, decision 023):
 * their counters are deleted. Runs in the caller's transaction, with the offer row locked.
 * Returns how many registrations were cancelled.
 */
export async function cancelOfferRegistrations(
	trx: Database,
	options: {
		/** The offer as it is now (status cancelled, or its new dates), locked. */
		offer: Selectable<OffersTable>;
		/** The staff member who cancelled the offer or removed the days. */
		actor: Actor;
		/** Only these removed days (YYYY-MM-DD). */
		days?: string[];
	},
): Promise<number> {
	const { offer, actor, days } = options;
	if (days && days.length === 0) return 0;
	const reason: RegistrationCancellationReason = days ? "date_removed" : "offer_cancelled";
	let query = trx
		.selectFrom("registrations")
		.select(["id", "child_id", "status", "offer_day"])
		.where("offer_id", "=", offer.id)
		.where("status", "in", activeStatuses);
	if (days) query = query.where("offer_day", "in", days);
	const active = await query.orderBy("queued_at").orderBy("id").execute();
	const at = nowIso();
	if (days) {
		await trx.deleteFrom("offer_day_counters").where("offer_id", "=", offer.id).where("day", "in", days).execute();
	} else {
		await trx
			.updateTable("offers")
			.set({ places_taken: 0, waiting_count: 0, updated_at: at })
			.where("id", "=", offer.id)
			.execute();
		await trx
			.updateTable("offer_day_counters")
			.set({ places_taken: 0, waiting_count: 0 })
			.where("offer_id", "=", offer.id)
			.execute();
	}
	if (active.length === 0) return 0;
	await trx
		.updateTable("registrations")
		.set({
			status: "cancelled",
			cancelled_at: at,
			cancelled_by_user_id: actor.userId,
			cancellation_reason: reason,
			revision: nextRevision,
			updated_at: at,
		})
		.where(
			"id",
			"in",
			active.map((registration) => registration.id),
		)
		.execute();
	for (const registration of active) {
		await mailRegistrationState(trx, {
			registration: { child_id: registration.child_id, status: "cancelled", cancellation_reason: reason },
			offer: onDay(offer, registration.offer_day),
		});
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: offer.group_id,
			action: "registration.cancelled",
			targetType: "registration",
			targetId: registration.id,
			ipAddress: actor.ipAddress,
			details: { offerId: offer.id, day: registration.offer_day, was: registration.status, reason },
		});
	}
	return active.length;
}
