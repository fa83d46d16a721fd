import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { canEditHouse, type StaffAccess } from "../groups/permissions.ts";
import { lockOffer } from "./offers.repository.server.ts";

/**
 * « Archiver » / « Désarchiver » a camp or an activity (decision 017). An archived offer is
 * hidden from parents (no card, no registration) and from the staff's default list; it stays
 * whole for registration lists, exports, invoices and the audit, and can be brought back.
 * Registrations are left as they are. Errors: NOT_FOUND (not the actor's house).
 */
export async function archiveOffer(options: {
	db: Database;
	/** Staff who manage the offer's house. */
	actor: Actor & { access: StaffAccess };
	offerId: string;
	/** True to archive, false to bring it back. */
	archived: boolean;
}): Promise<void> {
	const { db, actor, offerId, archived } = options;
	await withTransaction(db, async (trx) => {
		const offer = await lockOffer(trx, actor.access.groupId, offerId);
		if (!offer || !canEditHouse(actor.access, offer.house_id)) throw new AppError("NOT_FOUND");
		if ((offer.archived_at !== null) === archived) return;
		const at = nowIso();
		await trx
			.updateTable("offers")
			.set({ archived_at: archived ? at : null, updated_at: at })
			.where("id", "=", offer.id)
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: archived ? "offer.archived" : "offer.restored",
			targetType: "offer",
			targetId: offer.id,
			ipAddress: actor.ipAddress,
			details: { kind: offer.kind, title: offer.title },
		});
	});
}
