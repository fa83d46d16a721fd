import { type Database, withTransaction } from "#app/db/db.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { parseInput } from "../validation.ts";
import { childForChange, type DossierActor, recordDossierChange } from "./dossier-access.server.ts";
import { type AllergyInput, allergySchema } from "./dossier-input.ts";

/** Adds an allergy, with its reactions and what to do, to the health sheet. */
export async function addAllergy(options: {
	db: Database;
	/** A guardian of the child or an editing staff member of its group. */
	actor: DossierActor;
	childId: string;
	input: AllergyInput;
}): Promise<void> {
	const { db, actor, childId } = options;
	const input = parseInput(allergySchema, options.input);
	await withTransaction(db, async (trx) => {
		const child = await childForChange(trx, actor, childId);
		const at = nowIso();
		await trx
			.insertInto("child_allergies")
			.values({
				id: newId(),
				child_id: child.id,
				allergen: input.allergen,
				reactions: input.reactions,
				what_to_do: input.whatToDo,
				created_at: at,
			})
			.execute();
		// Listing an allergy answers « allergies ? » with yes.
		const medical = { has_allergies: true, updated_at: at };
		await trx
			.insertInto("child_medical")
			.values({ child_id: child.id, ...medical })
			.onConflict((conflict) => conflict.column("child_id").doUpdateSet(medical))
			.execute();
		await recordDossierChange(trx, { actor, child, section: "medical", fields: ["allergies"] });
	});
}
