import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { isGroupAdmin, type StaffAccess } from "./permissions.ts";

/**
 * Whether anything is attached to a house: offers (even archived), enrolments (even ended),
 * staff who work there, pending invitations that name it, or meals served there. Such a house is archived, never
 * deleted (decision 024).
 */
export async function houseInUse(db: Database, houseId: string): Promise<boolean> {
	const [offer, enrolment, member, invitation, meal] = await Promise.all([
		db.selectFrom("offers").select("id").where("house_id", "=", houseId).limit(1).executeTakeFirst(),
		db.selectFrom("enrolments").select("id").where("house_id", "=", houseId).limit(1).executeTakeFirst(),
		db
			.selectFrom("staff_membership_houses")
			.select("house_id")
			.where("house_id", "=", houseId)
			.limit(1)
			.executeTakeFirst(),
		db
			.selectFrom("staff_invitations")
			.select("id")
			.where("house_ids", "like", `%"${houseId}"%`)
			.where("accepted_at", "is", null)
			.where("revoked_at", "is", null)
			.limit(1)
			.executeTakeFirst(),
		// A meal served there (its bookings point to the house too).
		db.selectFrom("meal_offer_houses").select("house_id").where("house_id", "=", houseId).limit(1).executeTakeFirst(),
	]);
	return Boolean(offer || enrolment || member || invitation || meal);
}

async function houseOfGroup(trx: Database, groupId: string, houseId: string) {
	const house = await trx
		.selectFrom("houses")
		.select(["id", "name", "archived_at"])
		.where("id", "=", houseId)
		.where("group_id", "=", groupId)
		.executeTakeFirst();
	if (!house) throw new AppError("NOT_FOUND");
	return house;
}

/**
 * « Archiver » / « Restaurer » a house (decision 024), group admins only. An archived house is
 * not offered for new offers or enrolments; its offers, enrolments, lists, invoices and audit
 * stay readable. Audited. Errors: FORBIDDEN (not a group admin), NOT_FOUND.
 */
export async function archiveHouse(options: {
	db: Database;
	actor: Actor & { access: StaffAccess };
	houseId: string;
	/** True to archive, false to restore. */
	archived: boolean;
}): Promise<void> {
	const { db, actor, houseId, archived } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	await withTransaction(db, async (trx) => {
		const house = await houseOfGroup(trx, actor.access.groupId, houseId);
		if ((house.archived_at !== null) === archived) return;
		const at = nowIso();
		await trx
			.updateTable("houses")
			.set({ archived_at: archived ? at : null, updated_at: at })
			.where("id", "=", house.id)
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: archived ? "house.archived" : "house.restored",
			targetType: "house",
			targetId: house.id,
			ipAddress: actor.ipAddress,
			details: { name: house.name },
		});
	});
}

/**
 * « Supprimer » a house that nothing is attached to (see houseInUse), group admins only.
 * Audited. Errors: FORBIDDEN, NOT_FOUND, CONFLICT (in use: archive it instead).
 */
export async function deleteHouse(options: {
	db: Database;
	actor: Actor & { access: StaffAccess };
	houseId: string;
}): Promise<void> {
	const { db, actor, houseId } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	await withTransaction(db, async (trx) => {
		const house = await houseOfGroup(trx, actor.access.groupId, houseId);
		if (await houseInUse(trx, house.id)) {
			throw new AppError("CONFLICT", { fieldErrors: { form: ["houses.archive.inUse"] } });
		}
		await trx.deleteFrom("houses").where("id", "=", house.id).execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "house.deleted",
			targetType: "house",
			targetId: house.id,
			ipAddress: actor.ipAddress,
			details: { name: house.name },
		});
	});
}
