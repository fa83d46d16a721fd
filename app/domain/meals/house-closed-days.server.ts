import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { HouseClosedDayReason } from "#app/db/schema.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isIsoDay } from "#app/domain/form-fields.ts";
import { canEditHouse } from "#app/domain/groups/permissions.ts";
import { nowIso } from "#app/infra/clock.ts";
import { closedDayReasons } from "./closed-days.ts";

async function editableHouse(trx: Database, actor: StaffActor, houseId: string) {
	const house = await trx
		.selectFrom("houses")
		.select(["id", "name"])
		.where("id", "=", houseId)
		.where("group_id", "=", actor.access.groupId)
		.executeTakeFirst();
	if (!house || !canEditHouse(actor.access, house.id)) throw new AppError(house ? "FORBIDDEN" : "NOT_FOUND");
	return house;
}

/**
 * Closes a house on a day (a pedagogical day, a school holiday…): no meal can be booked that
 * day, and deadlines counted in working days skip it. Group admins and the house's manager;
 * audited. A day already closed keeps its first reason.
 *
 * @throws AppError NOT_FOUND (another group's house), FORBIDDEN (not its manager, readers),
 *   VALIDATION `day: meals.validation.date` or `reason: meals.closedDays.reason`.
 */
export async function closeHouseDay(options: {
	db: Database;
	actor: StaffActor;
	houseId: string;
	day: string;
	reason: HouseClosedDayReason;
}): Promise<void> {
	const { db, actor, day, reason } = options;
	if (!isIsoDay(day)) {
		throw new AppError("VALIDATION", { fieldErrors: { day: ["meals.validation.date"] } });
	}
	if (!closedDayReasons.includes(reason)) {
		throw new AppError("VALIDATION", { fieldErrors: { reason: ["meals.closedDays.reason"] } });
	}
	await withTransaction(db, async (trx) => {
		const house = await editableHouse(trx, actor, options.houseId);
		await trx
			.insertInto("house_closed_days")
			.values({ house_id: house.id, day, reason, created_at: nowIso() })
			.onConflict((conflict) => conflict.columns(["house_id", "day"]).doNothing())
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "house.closed_day.added",
			targetType: "house",
			targetId: house.id,
			ipAddress: actor.ipAddress,
			details: { houseId: house.id, day, reason },
		});
	});
}

/** Opens a closed day again. Same rights and errors as `closeHouseDay`; audited. */
export async function reopenHouseDay(options: {
	db: Database;
	actor: StaffActor;
	houseId: string;
	day: string;
}): Promise<void> {
	const { db, actor, day } = options;
	await withTransaction(db, async (trx) => {
		const house = await editableHouse(trx, actor, options.houseId);
		await trx.deleteFrom("house_closed_days").where("house_id", "=", house.id).where("day", "=", day).execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "house.closed_day.removed",
			targetType: "house",
			targetId: house.id,
			ipAddress: actor.ipAddress,
			details: { houseId: house.id, day },
		});
	});
}
