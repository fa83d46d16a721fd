import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { now } from "#app/infra/clock.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { isGuardian } from "../families/families.repository.server.ts";
import { cancellationDeadline } from "./cancellation-deadline.ts";
import { lockOffer } from "./offers.repository.server.ts";
import { mailRegistrationState } from "./registration-mail.server.ts";
import { adjustCounters, holdsPlace, nextRevision, promoteWaiting, unitOf } from "./registration-queue.server.ts";

/**
 * A guardian cancels a child's registration before the offer's cancellation deadline (by
 * default the first day; for one day of an activity registered day by day, that day). A freed
 * place goes to the first child waiting for the same offer (or day), at once.
 */
export async function cancelRegistration(options: {
	db: Database;
	/** A guardian of the registered child. */
	actor: Actor;
	registrationId: string;
}): Promise<void> {
	const { db, actor, registrationId } = options;
	await withTransaction(db, async (trx) => {
		const found = await trx
			.selectFrom("registrations")
			.select(["id", "offer_id", "child_id", "group_id"])
			.where("id", "=", registrationId)
			.executeTakeFirst();
		if (!found || !(await isGuardian(trx, actor.userId, found.child_id))) throw new AppError("NOT_FOUND");
		const locked = await lockOffer(trx, found.group_id, found.offer_id);
		if (!locked) throw new AppError("NOT_FOUND");
		const registration = await trx
			.selectFrom("registrations")
			.select(["id", "status", "child_id", "offer_day"])
			.where("id", "=", registrationId)
			.executeTakeFirstOrThrow();
		const offer = await unitOf(trx, locked, registration.offer_day);
		if (registration.status === "cancelled" || registration.status === "refused") {
			throw new AppError("CONFLICT", { fieldErrors: { form: ["offers.cancel.notActive"] } });
		}
		if (now().toISOString() >= cancellationDeadline(offer)) {
			throw new AppError("CONFLICT", { fieldErrors: { form: ["offers.cancel.tooLate"] } });
		}
		const at = now().toISOString();
		await trx
			.updateTable("registrations")
			.set({
				status: "cancelled",
				cancelled_at: at,
				cancelled_by_user_id: actor.userId,
				cancellation_reason: null,
				revision: nextRevision,
				updated_at: at,
			})
			.where("id", "=", registration.id)
			.execute();
		const freedPlace = holdsPlace(registration.status);
		await adjustCounters(trx, offer, freedPlace ? { places: -1 } : { waiting: -1 });
		await mailRegistrationState(trx, { registration: { child_id: registration.child_id, status: "cancelled" }, offer });
		if (freedPlace) await promoteWaiting(trx, { ...offer, places_taken: offer.places_taken - 1 }, null);
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: found.group_id,
			action: "registration.cancelled",
			targetType: "registration",
			targetId: registration.id,
			ipAddress: actor.ipAddress,
			details: { offerId: offer.id, day: offer.offer_day, was: registration.status },
		});
	});
	wakeMailSender();
}
