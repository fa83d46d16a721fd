import { type Database, withTransaction } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { parseInput } from "../validation.ts";
import { type TaxCertificateCapInput, taxCertificateCapSchema } from "./certificate-input.ts";
import { type TaxCertificateRules, taxCertificateRulesFor } from "./tax-certificate-rules.ts";

/**
 * The rules of an income year for a group: the group's latest row of `tax_certificate_caps` for
 * that year, else the shipped row (decision 035); without either, the default table of
 * tax-certificate-rules.ts (which marks a year after its last row unconfirmed).
 */
export async function rulesForIncomeYear(
	db: Database,
	groupId: string,
	incomeYear: number,
): Promise<TaxCertificateRules> {
	const row = await db
		.selectFrom("tax_certificate_caps")
		.select(["daily_cap_cents", "age_limit", "age_limit_with_disability", "confirmed"])
		.where("income_year", "=", incomeYear)
		.where((where) => where.or([where("group_id", "=", groupId), where("group_id", "is", null)]))
		// The group's own rows first (null sorts apart on each database: compare instead).
		.orderBy((order) => order.case().when("group_id", "is", null).then(1).else(0).end())
		.orderBy("updated_at", "desc")
		.orderBy("id", "desc")
		.executeTakeFirst();
	if (!row) return taxCertificateRulesFor(incomeYear);
	return {
		ageLimit: row.age_limit,
		ageLimitWithDisability: row.age_limit_with_disability,
		dailyCapCents: row.daily_cap_cents,
		capConfirmed: row.confirmed,
	};
}

export type TaxCertificateCap = {
	incomeYear: number;
	dailyCapCents: number;
	confirmed: boolean;
	/** Null for the values the application ships with. */
	updatedAt: string | null;
};

/** The current cap of each year for a group (its own change, else the shipped value), newest year first. */
export async function listTaxCertificateCaps(db: Database, groupId: string): Promise<TaxCertificateCap[]> {
	const rows = await db
		.selectFrom("tax_certificate_caps")
		.select(["id", "income_year", "daily_cap_cents", "confirmed", "updated_by_user_id", "updated_at"])
		.where((where) => where.or([where("group_id", "=", groupId), where("group_id", "is", null)]))
		.orderBy("income_year", "desc")
		.orderBy((order) => order.case().when("group_id", "is", null).then(1).else(0).end())
		.orderBy("updated_at", "desc")
		.orderBy("id", "desc")
		.execute();
	const latest = new Map<number, TaxCertificateCap>();
	for (const row of rows)
		if (!latest.has(row.income_year))
			latest.set(row.income_year, {
				incomeYear: row.income_year,
				dailyCapCents: row.daily_cap_cents,
				confirmed: row.confirmed,
				updatedAt: row.updated_by_user_id ? row.updated_at : null,
			});
	return [...latest.values()];
}

/**
 * Records a new version of a year's daily cap for the actor's group (group admins): a new row,
 * the earlier ones kept for the record; certificates already issued keep the cap they were issued with. The age
 * limits follow the law (14 and 21 years from income year 2020). Audited.
 *
 * @throws AppError FORBIDDEN (not a group admin); VALIDATION (`taxCertificateCapSchema`).
 */
export async function updateTaxCertificateCap(options: {
	db: Database;
	actor: StaffActor;
	input: TaxCertificateCapInput;
}): Promise<void> {
	const { db, actor } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const input = parseInput(taxCertificateCapSchema, options.input);
	const groupId = actor.access.groupId;
	await withTransaction(db, async (trx) => {
		const rules = taxCertificateRulesFor(input.incomeYear);
		const id = newId();
		await trx
			.insertInto("tax_certificate_caps")
			.values({
				id,
				group_id: groupId,
				income_year: input.incomeYear,
				daily_cap_cents: input.dailyCap,
				age_limit: rules.ageLimit,
				age_limit_with_disability: rules.ageLimitWithDisability,
				confirmed: input.confirmed === "on",
				updated_by_user_id: actor.userId,
				updated_at: nowIso(),
			})
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "billing.tax_certificate_cap_updated",
			targetType: "tax_certificate_cap",
			targetId: id,
			ipAddress: actor.ipAddress,
			details: { amountCents: input.dailyCap, incomeYear: input.incomeYear, confirmed: input.confirmed === "on" },
		});
	});
}
