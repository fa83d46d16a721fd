import { type Kysely, sql } from "kysely";

/**
 * Indexes that let every staff list and parent page read one page of rows in the list's own
 * order, at a city's scale, without scanning a table (decision 028):
 * - offers by group and first day (the staff list), and by group, kind and last day (the
 *   families' catalogue of offers that have not ended), and by period (« période utilisée »);
 * - dossiers by group (and status) and date of submission, newest first;
 * - the audit log by group, then time and id (the keyset of its pages); and a new column
 *   `audit_events.area`, the part of `action` before its first dot (`child`, `registration`…),
 *   indexed by group, area, time and id, so the « domaine » filter reads its page in order
 *   instead of sorting every event of the area. The new indexes replace the narrower ones.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createIndex("offers_group_first_day_idx")
		.on("offers")
		.columns(["group_id", "first_day", "title"])
		.execute();
	await db.schema
		.createIndex("offers_group_kind_last_day_idx")
		.on("offers")
		.columns(["group_id", "kind", "last_day"])
		.execute();
	await db.schema.createIndex("offers_period_idx").on("offers").column("period_id").execute();
	await db.schema
		.createIndex("children_group_submitted_idx")
		.on("children")
		.columns(["group_id", "submitted_at", "file_number"])
		.execute();
	await db.schema
		.createIndex("children_group_status_submitted_idx")
		.on("children")
		.columns(["group_id", "status", "submitted_at", "file_number"])
		.execute();
	await db.schema.dropIndex("children_group_status_idx").execute();
	await db.schema
		.createIndex("audit_events_group_occurred_id_idx")
		.on("audit_events")
		.columns(["group_id", "occurred_at", "id"])
		.execute();
	await db.schema.dropIndex("audit_events_group_occurred_idx").execute();
	await db.schema
		.alterTable("audit_events")
		.addColumn("area", "text", (column) => column.notNull().defaultTo(""))
		.execute();
	// The prefixes of every action recorded so far (audit-actions.ts).
	for (const area of [
		"auth",
		"operator",
		"group",
		"house",
		"staff",
		"family",
		"child",
		"period",
		"offer",
		"registration",
	]) {
		await sql`update audit_events set area = ${area} where action like ${`${area}.%`}`.execute(db);
	}
	await db.schema
		.createIndex("audit_events_group_area_occurred_idx")
		.on("audit_events")
		.columns(["group_id", "area", "occurred_at", "id"])
		.execute();
}
