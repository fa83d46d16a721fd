import { type Kysely, sql } from "kysely";

/**
 * `child_medical.takes_medication`: the health sheet's « L'enfant doit-il prendre des
 * médicaments pendant les activités ? », the question the medication list answers, as
 * `has_allergies` is for the allergy list. An answer « Oui » with an empty list leaves the
 * section incomplete (decision 026). A child with medications already listed answered « Oui ».
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable("child_medical").addColumn("takes_medication", "boolean").execute();
	await db
		.updateTable("child_medical")
		.set({ takes_medication: sql`true` })
		.where(
			sql<boolean>`exists (select 1 from child_medications where child_medications.child_id = child_medical.child_id)`,
		)
		.execute();
}
