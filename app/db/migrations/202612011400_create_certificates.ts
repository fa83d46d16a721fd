import type { Kysely } from "kysely";

/**
 * Tax certificates 281.86 and mutuality certificates (issue 14 §9–11, decision 035):
 * - `tax_certificates`: one certificate of at most 4 periods, per group, child, debtor and income
 *   year; its order number is unique per group and year and taken, without gaps, in the issuing
 *   transaction (`tax_certificate_numbers`). The organisation's and the certifying authority's
 *   data and the debtor's language are copied at issue. A corrected certificate is never
 *   changed: it is cancelled (`cancelled_at`) and points to the one that replaces it;
 * - `tax_certificate_caps`: the daily cap and age limits of an income year, versioned (a new row
 *   per change; the latest row of a year wins), seeded for every group (`group_id` null) from the
 *   rules table of tax-certificate-rules.ts (2020–2025, 2025 not confirmed); a group's admins
 *   add rows of their group only, so one group never changes another's certificates;
 * - four columns on `billing_settings`: the certifying authority of cadre I (its kind, name and
 *   company number) and the recognition text printed on mutuality certificates.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable("tax_certificate_numbers")
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id"))
		.addColumn("income_year", "integer", (column) => column.notNull())
		.addColumn("next_number", "integer", (column) => column.notNull())
		.addPrimaryKeyConstraint("tax_certificate_numbers_pkey", ["group_id", "income_year"])
		.execute();

	await db.schema
		.createTable("tax_certificates")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id"))
		.addColumn("child_id", "text", (column) => column.notNull().references("children.id"))
		.addColumn("debtor_user_id", "text", (column) => column.notNull().references("users.id"))
		.addColumn("income_year", "integer", (column) => column.notNull())
		.addColumn("number", "integer", (column) => column.notNull())
		.addColumn("periods", "text", (column) => column.notNull())
		.addColumn("total_days", "integer", (column) => column.notNull())
		.addColumn("total_cents", "integer", (column) => column.notNull())
		.addColumn("capped_total_cents", "integer", (column) => column.notNull())
		.addColumn("capped", "boolean", (column) => column.notNull())
		.addColumn("daily_cap_cents", "integer", (column) => column.notNull())
		.addColumn("cap_confirmed", "boolean", (column) => column.notNull())
		.addColumn("language", "text", (column) => column.notNull())
		.addColumn("child_snapshot", "text", (column) => column.notNull())
		.addColumn("debtor_snapshot", "text", (column) => column.notNull())
		.addColumn("issuer", "text", (column) => column.notNull())
		.addColumn("issued_at", "text", (column) => column.notNull())
		.addColumn("issued_by_user_id", "text", (column) => column.notNull())
		.addColumn("cancelled_at", "text")
		.addColumn("replaced_by_id", "text")
		.addUniqueConstraint("tax_certificates_number_key", ["group_id", "income_year", "number"])
		.execute();
	await db.schema
		.createIndex("tax_certificates_child_idx")
		.on("tax_certificates")
		.columns(["child_id", "income_year"])
		.execute();
	await db.schema
		.createIndex("tax_certificates_group_idx")
		.on("tax_certificates")
		.columns(["group_id", "income_year", "number"])
		.execute();

	await db.schema
		.createTable("tax_certificate_caps")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.references("groups.id"))
		.addColumn("income_year", "integer", (column) => column.notNull())
		.addColumn("daily_cap_cents", "integer", (column) => column.notNull())
		.addColumn("age_limit", "integer", (column) => column.notNull())
		.addColumn("age_limit_with_disability", "integer", (column) => column.notNull())
		.addColumn("confirmed", "boolean", (column) => column.notNull())
		.addColumn("updated_by_user_id", "text")
		.addColumn("updated_at", "text", (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex("tax_certificate_caps_year_idx")
		.on("tax_certificate_caps")
		.columns(["income_year", "group_id", "updated_at"])
		.execute();
	// The table of tax-certificate-rules.ts as it stood when this migration was written.
	const seed = [
		[2020, 1300, true],
		[2021, 1370, true],
		[2022, 1400, true],
		[2023, 1570, true],
		[2024, 1640, true],
		[2025, 1690, false],
	] as const;
	await db
		.insertInto("tax_certificate_caps")
		.values(
			seed.map(([year, cents, confirmed]) => ({
				id: `seed-cap-${year}`,
				group_id: null,
				income_year: year,
				daily_cap_cents: cents,
				age_limit: 14,
				age_limit_with_disability: 21,
				confirmed,
				updated_by_user_id: null,
				updated_at: "2026-12-01T14:00:00.000Z",
			})),
		)
		.execute();

	await db.schema
		.alterTable("billing_settings")
		.addColumn("certifying_authority", "text", (column) => column.notNull().defaultTo("one"))
		.execute();
	await db.schema
		.alterTable("billing_settings")
		.addColumn("certifying_authority_name", "text", (column) => column.notNull().defaultTo(""))
		.execute();
	await db.schema
		.alterTable("billing_settings")
		.addColumn("certifying_authority_number", "text", (column) => column.notNull().defaultTo(""))
		.execute();
	await db.schema
		.alterTable("billing_settings")
		.addColumn("recognition", "text", (column) => column.notNull().defaultTo(""))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const column of [
		"recognition",
		"certifying_authority_number",
		"certifying_authority_name",
		"certifying_authority",
	])
		await db.schema.alterTable("billing_settings").dropColumn(column).execute();
	for (const table of ["tax_certificate_caps", "tax_certificates", "tax_certificate_numbers"])
		await db.schema.dropTable(table).execute();
}
