import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { canEditHouse, type StaffAccess } from "../groups/permissions.ts";
import { lockOffer } from "./offers.repository.server.ts";

/**
 * Whether an offer may be deleted rather than archived (decision 017): a draft that never
 * had a registration, so no family, list or invoice refers to it.
 */
export function isDeletable(offer: { status: string }, registrationCount: number): boolean {
	return offer.status === "draft" && registrationCount === 0;
}

/**
 * « Supprimer » a draft camp or activity that never had a registration (a mistaken copy, a
 * test). Anything else is archived instead. The audit row keeps its title. Errors: NOT_FOUND,
 * CONFLICT (not a draft, or registrations exist).
 */
export async function deleteOffer(options: {
	db: Database;
	/** Staff who manage the offer's house. */
	actor: Actor & { access: StaffAccess };
	offerId: string;
}): Promise<void> {
	const { db, actor } = options;
	await withTransaction(db, async (trx) => {
		const offer = await lockOffer(trx, actor.access.groupId, options.offerId);
		if (!offer || !canEditHouse(actor.access, offer.house_id)) throw new AppError("NOT_FOUND");
		const { count } = await trx
			.selectFrom("registrations")
			.select((eb) => eb.fn.countAll<string | number>().as("count"))
			.where("offer_id", "=", offer.id)
			.executeTakeFirstOrThrow();
		if (!isDeletable(offer, Number(count))) {
			throw new AppError("CONFLICT", { fieldErrors: { form: ["offers.delete.notDeletable"] } });
		}
		await trx.deleteFrom("offers").where("id", "=", offer.id).execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "offer.deleted",
			targetType: "offer",
			targetId: offer.id,
			ipAddress: actor.ipAddress,
			details: { kind: offer.kind, title: offer.title },
		});
	});
}
