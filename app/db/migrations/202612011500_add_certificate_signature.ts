import type { Kysely } from "kysely";

/**
 * The image of the signature (and stamp) a group prints on its mutuality certificates (issue 14
 * §11): the storage key of a PNG under `signatures/<group id>/`, or null for a blank box to sign
 * by hand.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable("billing_settings").addColumn("signature_key", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable("billing_settings").dropColumn("signature_key").execute();
}
