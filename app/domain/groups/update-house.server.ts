import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { houseInputServerSchema } from "./group-input.server.ts";
import type { HouseInput } from "./group-input.ts";
import { findHouseForStaff } from "./groups.repository.server.ts";
import { canEditHouse, type StaffAccess } from "./permissions.ts";

/**
 * Changes a house's details: group admins, or the house's own manager. A house outside the
 * member's scope is NOT_FOUND (its existence is not theirs to know); in scope but read-only
 * is FORBIDDEN.
 */
export async function updateHouse(options: {
	db: Database;
	actor: Actor & { access: StaffAccess };
	houseId: string;
	input: HouseInput;
}): Promise<void> {
	const { db, actor, houseId } = options;
	const input = parseInput(houseInputServerSchema, options.input);
	await withTransaction(db, async (trx) => {
		const house = await findHouseForStaff(trx, actor.access, houseId);
		if (!house) throw new AppError("NOT_FOUND");
		if (!canEditHouse(actor.access, houseId)) throw new AppError("FORBIDDEN");
		await trx
			.updateTable("houses")
			.set({
				name: input.name,
				kind: input.kind,
				address: input.address,
				postal_code: input.postalCode,
				locality: input.locality,
				phone: input.phone || null,
				email: input.email || null,
				description: input.description ?? "",
				updated_at: nowIso(),
			})
			.where("id", "=", houseId)
			.where("group_id", "=", actor.access.groupId)
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "house.updated",
			targetType: "house",
			targetId: houseId,
			ipAddress: actor.ipAddress,
			details: { name: input.name },
		});
	});
}
