import type { Kysely } from "kysely";

/**
 * Staff content in the family's language, and archives of houses and periods (decision 024):
 * - `offers.title_nl|de|en`, `offers.description_nl|de|en`, `periods.name_nl|de|en`: optional
 *   translations of what staff type in French; null (never empty) when not given, so that
 *   `coalesce(title_nl, title)` falls back to French in one expression, without a join;
 * - `houses.archived_at`, `periods.archived_at`: an archived house or period is not offered
 *   for new offers or enrolments, and stays readable where it is used.
 */
export async function up(db: Kysely<any>): Promise<void> {
	for (const language of ["nl", "de", "en"]) {
		await db.schema.alterTable("offers").addColumn(`title_${language}`, "text").execute();
		await db.schema.alterTable("offers").addColumn(`description_${language}`, "text").execute();
		await db.schema.alterTable("periods").addColumn(`name_${language}`, "text").execute();
	}
	await db.schema.alterTable("houses").addColumn("archived_at", "text").execute();
	await db.schema.alterTable("periods").addColumn("archived_at", "text").execute();
}
