import { type Database, withTransaction } from "#app/db/db.server.ts";
import { isUniqueViolation } from "#app/db/dialect.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { groupInputServerSchema } from "./group-input.server.ts";
import type { GroupInput } from "./group-input.ts";
import { insertGroup } from "./groups.repository.server.ts";
import { isOperator } from "./staff.repository.server.ts";

/**
 * Creates a group (tenant). Only an operator may; without an actor it is the system (seed,
 * tests). Fails with CONFLICT on `code` when another group uses the same code in any case.
 */
export async function createGroup(options: {
	/** The database or the caller's transaction. */
	db: Database;
	/** The operator creating it; omitted for the demo seed. */
	actor?: Actor;
	/** The group's name, code and contact details as typed. */
	input: GroupInput;
}): Promise<{ id: string; code: string }> {
	const { db, actor } = options;
	if (actor && !(await isOperator(db, actor.userId))) throw new AppError("FORBIDDEN");
	const input = parseInput(groupInputServerSchema, options.input);
	const timestamp = nowIso();
	const id = newId();
	try {
		await withTransaction(db, async (trx) => {
			await insertGroup(trx, {
				id,
				name: input.name,
				code: input.code,
				contact_phone: input.contactPhone || null,
				contact_email: input.contactEmail || null,
				created_at: timestamp,
				updated_at: timestamp,
			});
			await recordAuditEvent(trx, {
				actorUserId: actor?.userId ?? null,
				groupId: id,
				action: "group.created",
				targetType: "group",
				targetId: id,
				ipAddress: actor?.ipAddress,
				details: { name: input.name, code: input.code },
			});
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new AppError("CONFLICT", { fieldErrors: { code: ["groups.code.taken"] } });
		throw error;
	}
	return { id, code: input.code };
}
