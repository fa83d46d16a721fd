import type { Kysely } from "kysely";

/**
 * Who a meal offer is for (issue 12 §1), besides the houses that serve it:
 * - `class_labels`: comma-separated free labels (« maternelle,primaire »); a child whose school
 *   class (supplementary data) contains one of them, ignoring case, may have it. '' for every
 *   class;
 * - `min_age_years`, `max_age_years`: the age on the day, in whole years as parents say it
 *   (« de 3 à 6 ans » includes the child of 6 years and 11 months). Null for no limit.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable("meal_offers")
		.addColumn("class_labels", "text", (column) => column.notNull().defaultTo(""))
		.execute();
	await db.schema.alterTable("meal_offers").addColumn("min_age_years", "integer").execute();
	await db.schema.alterTable("meal_offers").addColumn("max_age_years", "integer").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable("meal_offers").dropColumn("max_age_years").execute();
	await db.schema.alterTable("meal_offers").dropColumn("min_age_years").execute();
	await db.schema.alterTable("meal_offers").dropColumn("class_labels").execute();
}
