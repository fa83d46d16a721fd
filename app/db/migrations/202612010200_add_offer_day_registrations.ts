import { type Kysely, sql } from "kysely";
import { dialectOf } from "../dialect.server.ts";

/**
 * Activities whose dates are registered one by one (decision 023):
 * - `offers.dates_together`: true (every existing offer, and every camp) keeps one registration
 *   for all the offer's days; false lets parents choose dates, each with its own places and
 *   waiting list;
 * - `registrations.offer_day`: the day (YYYY-MM-DD) a registration is for; null for a
 *   registration of all the offer's days. A child is at most once per offer and day: the unique
 *   key becomes (offer_id, child_id, coalesce(offer_day, '')). SQLite cannot drop a constraint
 *   written in CREATE TABLE, so there the table is rebuilt from its own stored definition
 *   (every column kept, whatever earlier migrations added);
 * - `offer_day_counters`: places taken and children waiting per day of such an activity,
 *   moved under the offer's row lock like the offer's own counters.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable("offers")
		.addColumn("dates_together", "boolean", (column) => column.notNull().defaultTo(true))
		.execute();
	await db.schema.alterTable("registrations").addColumn("offer_day", "text").execute();

	if (dialectOf(db) === "sqlite") {
		const row = await sql<{
			sql: string;
		}>`select sql from sqlite_master where type = 'table' and name = 'registrations'`
			.execute(db)
			.then((result) => result.rows[0]);
		if (!row) throw new Error("registrations table not found");
		const definition = row.sql.replace(/,\s*constraint\s+"?registrations_offer_child_key"?\s+unique\s*\([^)]*\)/i, "");
		if (definition === row.sql) throw new Error("registrations_offer_child_key not found in the SQLite definition");
		const indexes = await sql<{
			sql: string | null;
		}>`select sql from sqlite_master where type = 'index' and tbl_name = 'registrations'`
			.execute(db)
			.then((result) => result.rows.flatMap((index) => (index.sql ? [index.sql] : [])));
		await sql
			.raw(definition.replace(/^create table\s+"?registrations"?/i, 'create table "registrations_rebuilt"'))
			.execute(db);
		await sql`insert into registrations_rebuilt select * from registrations`.execute(db);
		await sql`drop table registrations`.execute(db);
		await sql`alter table registrations_rebuilt rename to registrations`.execute(db);
		for (const index of indexes) await sql.raw(index).execute(db);
	} else {
		await db.schema.alterTable("registrations").dropConstraint("registrations_offer_child_key").execute();
	}
	await sql`create unique index registrations_offer_child_day_key on registrations (offer_id, child_id, coalesce(offer_day, ''))`.execute(
		db,
	);

	await db.schema
		.createTable("offer_day_counters")
		.addColumn("offer_id", "text", (column) => column.notNull().references("offers.id").onDelete("cascade"))
		.addColumn("day", "text", (column) => column.notNull())
		.addColumn("places_taken", "integer", (column) => column.notNull().defaultTo(0))
		.addColumn("waiting_count", "integer", (column) => column.notNull().defaultTo(0))
		.addPrimaryKeyConstraint("offer_day_counters_pkey", ["offer_id", "day"])
		.execute();
}
