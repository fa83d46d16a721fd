import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { houseInputServerSchema } from "./group-input.server.ts";
import type { HouseInput } from "./group-input.ts";
import { insertHouse } from "./groups.repository.server.ts";
import { isGroupAdmin, type StaffAccess } from "./permissions.ts";

/** Adds a house (maison de l'enfant) to a group. Group admins only (or the system). */
export async function createHouse(options: {
	/** The database or the caller's transaction. */
	db: Database;
	/** The group that runs the house. */
	groupId: string;
	/** The staff member acting and their access to that group; omitted for the demo seed. */
	actor?: Actor & { access: StaffAccess };
	/** The house's details as typed. */
	input: HouseInput;
}): Promise<{ id: string }> {
	const { db, actor, groupId } = options;
	if (actor && (actor.access.groupId !== groupId || !isGroupAdmin(actor.access))) throw new AppError("FORBIDDEN");
	const input = parseInput(houseInputServerSchema, options.input);
	const timestamp = nowIso();
	const id = newId();
	await withTransaction(db, async (trx) => {
		await insertHouse(trx, {
			id,
			group_id: groupId,
			name: input.name,
			kind: input.kind,
			address: input.address,
			postal_code: input.postalCode,
			locality: input.locality,
			phone: input.phone || null,
			email: input.email || null,
			description: input.description ?? "",
			created_at: timestamp,
			updated_at: timestamp,
		});
		await recordAuditEvent(trx, {
			actorUserId: actor?.userId ?? null,
			groupId,
			action: "house.created",
			targetType: "house",
			targetId: id,
			ipAddress: actor?.ipAddress,
			details: { name: input.name },
		});
	});
	return { id };
}
