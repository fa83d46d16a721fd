import { sql } from "kysely";
import type { z } from "zod";
import { type Database, withTransaction } from "#app/db/db.server.ts";
import { isUniqueViolation } from "#app/db/dialect.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { nowIso } from "#app/infra/clock.ts";
import { parseInput } from "../validation.ts";
import { type BillingSettingsInput, billingSettingsSchema } from "./billing-settings-input.ts";

/** The group's billing settings, or undefined before a group admin saved them. */
export async function readBillingSettings(db: Database, groupId: string) {
	return db.selectFrom("billing_settings").selectAll().where("group_id", "=", groupId).executeTakeFirst();
}

/**
 * Saves the creditor data of the actor's group (group admins only); audited. The first save
 * gives the group the next free 3-digit prefix of structured communications. Invoices already
 * issued keep the data of their day.
 *
 * @throws AppError FORBIDDEN; VALIDATION (`billingSettingsSchema`; `form:
 *   billing.validation.noPrefixLeft` when 1,000 groups already bill).
 */
export async function saveBillingSettings(options: {
	db: Database;
	actor: StaffActor;
	input: BillingSettingsInput;
}): Promise<void> {
	const { db, actor } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const input = parseInput(billingSettingsSchema, options.input);
	const groupId = actor.access.groupId;
	// Two groups saving for the first time at once may pick the same prefix: the unique key
	// refuses the second, which tries again with the next one.
	for (let attempt = 1; ; attempt += 1) {
		try {
			return await saveOnce(db, actor, groupId, input);
		} catch (error) {
			if (!isUniqueViolation(error) || attempt === 3) throw error;
		}
	}
}

async function saveOnce(
	db: Database,
	actor: StaffActor,
	groupId: string,
	input: z.output<typeof billingSettingsSchema>,
): Promise<void> {
	await withTransaction(db, async (trx) => {
		const at = nowIso();
		const values = {
			legal_name: input.legalName,
			street: input.street,
			postal_code: input.postalCode,
			locality: input.locality,
			company_number: input.companyNumber,
			iban: input.iban,
			bic: input.bic,
			payment_days: input.paymentDays,
			reminder_days: input.reminderDays,
			updated_by_user_id: actor.userId,
			updated_at: at,
		};
		const updated = await trx
			.updateTable("billing_settings")
			.set(values)
			.where("group_id", "=", groupId)
			.executeTakeFirst();
		if (Number(updated.numUpdatedRows) === 0) {
			const row = await trx
				.selectFrom("billing_settings")
				.select(sql<number | null>`max(communication_prefix)`.as("highest"))
				.executeTakeFirst();
			const prefix = (row?.highest ?? 0) + 1;
			if (prefix > 999)
				throw new AppError("VALIDATION", { fieldErrors: { form: ["billing.validation.noPrefixLeft"] } });
			await trx
				.insertInto("billing_settings")
				.values({ group_id: groupId, communication_prefix: prefix, ...values })
				.execute();
		}
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "billing.settings_updated",
			targetType: "group",
			targetId: groupId,
			ipAddress: actor.ipAddress,
		});
	});
}
