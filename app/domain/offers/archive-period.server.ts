import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { isGroupAdmin, type StaffAccess } from "../groups/permissions.ts";

/** Whether any offer (even archived) belongs to the period: then it is archived, never deleted. */
export async function periodInUse(db: Database, periodId: string): Promise<boolean> {
	const offer = await db
		.selectFrom("offers")
		.select("id")
		.where("period_id", "=", periodId)
		.limit(1)
		.executeTakeFirst();
	return Boolean(offer);
}

async function periodOfGroup(trx: Database, groupId: string, periodId: string) {
	const period = await trx
		.selectFrom("periods")
		.select(["id", "name", "archived_at"])
		.where("id", "=", periodId)
		.where("group_id", "=", groupId)
		.executeTakeFirst();
	if (!period) throw new AppError("NOT_FOUND");
	return period;
}

/**
 * « Archiver » / « Restaurer » a period (decision 024), group admins only. An archived period
 * is no longer offered in the offer form (except to the offers already in it); its offers keep
 * it, and parents still see it on them. Audited. Errors: FORBIDDEN, NOT_FOUND.
 */
export async function archivePeriod(options: {
	db: Database;
	actor: Actor & { access: StaffAccess };
	periodId: string;
	/** True to archive, false to restore. */
	archived: boolean;
}): Promise<void> {
	const { db, actor, periodId, archived } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	await withTransaction(db, async (trx) => {
		const period = await periodOfGroup(trx, actor.access.groupId, periodId);
		if ((period.archived_at !== null) === archived) return;
		await trx
			.updateTable("periods")
			.set({ archived_at: archived ? nowIso() : null })
			.where("id", "=", period.id)
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: archived ? "period.archived" : "period.restored",
			targetType: "period",
			targetId: period.id,
			ipAddress: actor.ipAddress,
			details: { name: period.name },
		});
	});
}

/**
 * « Supprimer » a period no offer belongs to, group admins only. Audited. Errors: FORBIDDEN,
 * NOT_FOUND, CONFLICT (offers belong to it: archive it instead).
 */
export async function deletePeriod(options: {
	db: Database;
	actor: Actor & { access: StaffAccess };
	periodId: string;
}): Promise<void> {
	const { db, actor, periodId } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	await withTransaction(db, async (trx) => {
		const period = await periodOfGroup(trx, actor.access.groupId, periodId);
		if (await periodInUse(trx, period.id)) {
			throw new AppError("CONFLICT", { fieldErrors: { form: ["offerAdmin.periods.inUse"] } });
		}
		await trx.deleteFrom("periods").where("id", "=", period.id).execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "period.deleted",
			targetType: "period",
			targetId: period.id,
			ipAddress: actor.ipAddress,
			details: { name: period.name },
		});
	});
}
