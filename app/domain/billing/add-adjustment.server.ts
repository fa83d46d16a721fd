import { type Database, withTransaction } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { parseInput } from "../validation.ts";
import { type AdjustmentInput, adjustmentSchema } from "./payment-input.ts";

/**
 * Adds a manual line for a child of the actor's group (group admins only): a credit (negative
 * cents: a sick day, a sibling or resident discount) or a fee, billed by the next run whose period
 * reaches its date; audited.
 *
 * @throws AppError FORBIDDEN; VALIDATION (`adjustmentSchema`; `fileNumber:
 *   billing.staff.adjustments.unknownChild` when no dossier of the group has that number).
 */
export async function addBillingAdjustment(options: {
	db: Database;
	actor: StaffActor;
	input: AdjustmentInput;
}): Promise<{ adjustmentId: string }> {
	const { db, actor } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const input = parseInput(adjustmentSchema, options.input);
	const groupId = actor.access.groupId;
	return withTransaction(db, async (trx) => {
		const child = await trx
			.selectFrom("children")
			.select("id")
			.where("group_id", "=", groupId)
			.where("file_number", "=", input.fileNumber)
			.where("status", "!=", "merged")
			.executeTakeFirst();
		if (!child)
			throw new AppError("VALIDATION", { fieldErrors: { fileNumber: ["billing.staff.adjustments.unknownChild"] } });
		const adjustmentId = newId();
		await trx
			.insertInto("billing_adjustments")
			.values({
				id: adjustmentId,
				group_id: groupId,
				child_id: child.id,
				service_on: input.serviceOn,
				description: input.description,
				amount_cents: input.amountCents,
				created_by_user_id: actor.userId,
				created_at: nowIso(),
			})
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "billing.adjustment_added",
			targetType: "child",
			targetId: child.id,
			ipAddress: actor.ipAddress,
			details: { amountCents: input.amountCents },
		});
		return { adjustmentId };
	});
}
