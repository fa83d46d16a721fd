import { z } from "zod";
import { type Database, withTransaction } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { childForStaff, type StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { parseInput } from "../validation.ts";

/**
 * A child's billing as staff set it: the guardian who receives the invoices ('' for the guardian
 * linked first, the default) and the severe disability that raises the 281.86 age limit to 21
 * (a checkbox: present means yes).
 */
export const childBillingSchema = z.object({
	debtorUserId: z.string().trim().max(64).optional(),
	severeDisability: z.enum(["on"]).optional(),
});
export type ChildBillingInput = z.input<typeof childBillingSchema>;

/**
 * Saves who pays for a child and its severe-disability flag (group admins: billing is theirs);
 * audited as `child.billing.updated`. Decision 034 says how the debtor is chosen.
 *
 * @throws AppError NOT_FOUND (not a child of the actor's group); FORBIDDEN (not a group admin);
 *   VALIDATION `debtorUserId: billing.validation.notGuardian` for someone who is not a guardian.
 */
export async function saveChildBilling(options: {
	db: Database;
	actor: StaffActor;
	childId: string;
	input: ChildBillingInput;
}): Promise<void> {
	const { db, actor } = options;
	const input = parseInput(childBillingSchema, options.input);
	await withTransaction(db, async (trx) => {
		const child = await childForStaff(trx, actor, options.childId, "group");
		const debtor = input.debtorUserId || null;
		if (debtor) {
			const guardian = await trx
				.selectFrom("guardianships")
				.select("user_id")
				.where("child_id", "=", child.id)
				.where("user_id", "=", debtor)
				.executeTakeFirst();
			if (!guardian)
				throw new AppError("VALIDATION", { fieldErrors: { debtorUserId: ["billing.validation.notGuardian"] } });
		}
		await trx
			.updateTable("children")
			.set({ debtor_user_id: debtor, severe_disability: input.severeDisability === "on", updated_at: nowIso() })
			.where("id", "=", child.id)
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "child.billing.updated",
			targetType: "child",
			targetId: child.id,
			ipAddress: actor.ipAddress,
			details: { severeDisability: input.severeDisability === "on" },
		});
	});
}
