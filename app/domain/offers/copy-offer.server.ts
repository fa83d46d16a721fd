import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { addDays, brusselsTimeToIso, isoToBrusselsTime, nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { canEditHouse, type StaffAccess } from "../groups/permissions.ts";
import { lockOffer } from "./offers.repository.server.ts";

function shiftDay(day: string): string {
	return addDays(day, 7);
}

/** The same Brussels wall-clock time a week later (18:00 stays 18:00 across a DST change). */
function shiftInstant(iso: string | null): string | null {
	if (iso === null) return null;
	const local = isoToBrusselsTime(iso);
	return brusselsTimeToIso(`${shiftDay(local.slice(0, 10))}${local.slice(10)}`);
}

/**
 * « Copier à la semaine suivante »: the same camp one week later (days, registration window
 * and deadline shifted by seven days), as a draft with no registrations, in no period.
 */
export async function copyOfferToNextWeek(options: {
	db: Database;
	/** Staff who manage the offer's house. */
	actor: Actor & { access: StaffAccess };
	offerId: string;
}): Promise<{ offerId: string }> {
	const { db, actor } = options;
	return withTransaction(db, async (trx) => {
		const offer = await lockOffer(trx, actor.access.groupId, options.offerId);
		if (!offer || !canEditHouse(actor.access, offer.house_id)) throw new AppError("NOT_FOUND");
		const offerId = newId();
		const at = nowIso();
		await trx
			.insertInto("offers")
			.values({
				...offer,
				id: offerId,
				period_id: null,
				first_day: shiftDay(offer.first_day),
				last_day: shiftDay(offer.last_day),
				dates: JSON.stringify((JSON.parse(offer.dates) as string[]).map(shiftDay)),
				opens_at: shiftInstant(offer.opens_at) ?? offer.opens_at,
				closes_at: shiftInstant(offer.closes_at) ?? offer.closes_at,
				cancel_until: shiftInstant(offer.cancel_until),
				status: "draft",
				places_taken: 0,
				waiting_count: 0,
				revision: 0,
				archived_at: null,
				created_at: at,
				updated_at: at,
			})
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "offer.copied",
			targetType: "offer",
			targetId: offerId,
			ipAddress: actor.ipAddress,
			details: { from: offer.id },
		});
		return { offerId };
	});
}
