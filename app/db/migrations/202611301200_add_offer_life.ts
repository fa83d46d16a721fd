import { type Kysely, sql } from "kysely";

/**
 * What an offer needs once registrations exist (decisions 017 and 018):
 * - `offers.revision`: raised each time the dates, times, place or price change, or the offer
 *   is cancelled; with `registrations.revision` it makes the iCalendar SEQUENCE, so calendar
 *   apps replace the event they hold under the same UID;
 * - `offers.archived_at`: archived offers are hidden from parents and from the staff's default
 *   list, and kept for lists, invoices and the audit;
 * - `offers.max_age_whole_years`: the maximum age was given in years only (« 6 ans »): a child
 *   is eligible until the eve of the next birthday. Existing limits in whole years are read
 *   that way, as their labels always said;
 * - `registrations.cancellation_reason`: why a registration was cancelled when it was not the
 *   family's or the staff's choice (`offer_cancelled`).
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable("offers")
		.addColumn("revision", "integer", (column) => column.notNull().defaultTo(0))
		.execute();
	await db.schema.alterTable("offers").addColumn("archived_at", "text").execute();
	await db.schema
		.alterTable("offers")
		.addColumn("max_age_whole_years", "boolean", (column) => column.notNull().defaultTo(false))
		.execute();
	await db
		.updateTable("offers")
		.set({ max_age_whole_years: sql`true` })
		.where("max_age_months", "is not", null)
		.where(sql<boolean>`max_age_months % 12 = 0`)
		.execute();
	await db.schema
		.alterTable("registrations")
		.addColumn("revision", "integer", (column) => column.notNull().defaultTo(0))
		.execute();
	await db.schema.alterTable("registrations").addColumn("cancellation_reason", "text").execute();
}
