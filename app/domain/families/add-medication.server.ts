import { type Database, withTransaction } from "#app/db/db.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { parseInput } from "../validation.ts";
import { childForChange, type DossierActor, recordDossierChange } from "./dossier-access.server.ts";
import { type MedicationInput, medicationSchema } from "./dossier-input.ts";

/** Adds a medication to take during activities: name, dose, times, and whether the child may take it alone. */
export async function addMedication(options: {
	db: Database;
	/** A guardian of the child or an editing staff member of its group. */
	actor: DossierActor;
	childId: string;
	input: MedicationInput;
}): Promise<void> {
	const { db, actor, childId } = options;
	const input = parseInput(medicationSchema, options.input);
	await withTransaction(db, async (trx) => {
		const child = await childForChange(trx, actor, childId);
		const at = nowIso();
		await trx
			.insertInto("child_medications")
			.values({
				id: newId(),
				child_id: child.id,
				name: input.name,
				dose: input.dose,
				times: input.times,
				self_administered: input.selfAdministered === "on",
				created_at: at,
			})
			.execute();
		// Listing a medication answers « medication during activities? » with yes.
		const medical = { takes_medication: true, updated_at: at };
		await trx
			.insertInto("child_medical")
			.values({ child_id: child.id, ...medical })
			.onConflict((conflict) => conflict.column("child_id").doUpdateSet(medical))
			.execute();
		await recordDossierChange(trx, { actor, child, section: "medical", fields: ["medications"] });
	});
}
