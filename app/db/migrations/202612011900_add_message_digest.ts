import type { Kysely } from "kysely";

/**
 * How a parent hears of new messages (issue 13, decision 031):
 * - `users.message_mail`: `instant` (a mail for each message, the default) or `daily` (one
 *   digest a day); `users.message_mail_since`: when `daily` was last chosen, where the first
 *   digest starts (what came before was mailed one by one);
 * - `message_digests`: one row per parent and Brussels day a digest was made for, even an empty
 *   one. Its primary key is the claim: two servers cannot both make the digest of a day.
 *   `covered_until` is the digest time (UTC instant); the next digest starts there.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable("users")
		.addColumn("message_mail", "text", (column) => column.notNull().defaultTo("instant"))
		.execute();
	await db.schema.alterTable("users").addColumn("message_mail_since", "text").execute();
	// The digest round looks for the few parents who chose `daily`, every few minutes.
	await db.schema.createIndex("users_message_mail_idx").on("users").column("message_mail").execute();
	await db.schema
		.createTable("message_digests")
		.addColumn("user_id", "text", (column) => column.notNull().references("users.id"))
		.addColumn("digest_day", "text", (column) => column.notNull())
		.addColumn("covered_until", "text", (column) => column.notNull())
		.addColumn("thread_count", "integer", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.addPrimaryKeyConstraint("message_digests_pkey", ["user_id", "digest_day"])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable("message_digests").execute();
	await db.schema.dropIndex("users_message_mail_idx").execute();
	await db.schema.alterTable("users").dropColumn("message_mail_since").execute();
	await db.schema.alterTable("users").dropColumn("message_mail").execute();
}
