import type { Kysely } from "kysely";

/**
 * The parent's own national register (or BIS) number, optional in « Mes données »: the debtor's
 * number printed on the tax certificate 281.86 and sent to SPF Finances in the Belcotax file
 * (decision 035). Eleven digits, checked with the checksum before it is stored; null when not given.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable("parent_profiles").addColumn("national_number", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable("parent_profiles").dropColumn("national_number").execute();
}
