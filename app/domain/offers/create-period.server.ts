import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { type StaffAccess, staffPermissions } from "../groups/permissions.ts";
import { parseInput } from "../validation.ts";
import { type PeriodInput, periodSchema } from "./offer-input.ts";

/** A period of the group (« Vacances de Noël 2026 ») that camps belong to and parents filter on. */
export async function createPeriod(options: {
	db: Database;
	/** Staff who may manage offers (not readers). */
	actor: Actor & { access: StaffAccess };
	input: PeriodInput;
}): Promise<{ periodId: string }> {
	const { db, actor } = options;
	if (staffPermissions(actor.access).readOnly) throw new AppError("FORBIDDEN");
	const input = parseInput(periodSchema, options.input);
	return withTransaction(db, async (trx) => {
		const periodId = newId();
		await trx
			.insertInto("periods")
			.values({
				id: periodId,
				group_id: actor.access.groupId,
				name: input.name,
				starts_on: input.startsOn,
				ends_on: input.endsOn,
				created_at: nowIso(),
			})
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "period.created",
			targetType: "period",
			targetId: periodId,
			ipAddress: actor.ipAddress,
			details: { name: input.name },
		});
		return { periodId };
	});
}
