import { type Database, withTransaction } from "#app/db/db.server.ts";
import { AppError } from "../app-error.ts";
import { childForChange, type DossierActor, recordDossierChange } from "./dossier-access.server.ts";

const entryTables = {
	allergy: { table: "child_allergies", section: "medical", field: "allergies" },
	medication: { table: "child_medications", section: "medical", field: "medications" },
	contact: { table: "child_contacts", section: "contacts", field: "contacts" },
} as const;

/** Removes one entry of a dossier's lists: an allergy, a medication or a contact. */
export async function removeDossierEntry(options: {
	db: Database;
	/** A guardian of the child or an editing staff member of its group. */
	actor: DossierActor;
	childId: string;
	kind: keyof typeof entryTables;
	entryId: string;
}): Promise<void> {
	const { db, actor, childId, kind, entryId } = options;
	const { table, section, field } = entryTables[kind];
	await withTransaction(db, async (trx) => {
		const child = await childForChange(trx, actor, childId);
		const removed = await trx
			.deleteFrom(table)
			.where("id", "=", entryId)
			.where("child_id", "=", child.id)
			.executeTakeFirst();
		if (Number(removed.numDeletedRows) !== 1) throw new AppError("NOT_FOUND");
		await recordDossierChange(trx, { actor, child, section, fields: [field] });
	});
}
