import { type Database, withTransaction } from "#app/db/db.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { parseInput } from "../validation.ts";
import { changedFields, childForChange, type DossierActor, recordDossierChange } from "./dossier-access.server.ts";
import { type MedicalDataInput, medicalDataSchema } from "./dossier-input.ts";

/**
 * Saves the health sheet. A guardian may also confirm that it is accurate and up to date:
 * the date of that confirmation is what tells staff the sheet is not stale. Staff edits never
 * count as a guardian's confirmation.
 */
export async function saveMedicalData(options: {
	db: Database;
	/** A guardian of the child or an editing staff member of its group. */
	actor: DossierActor;
	childId: string;
	input: MedicalDataInput;
}): Promise<void> {
	const { db, actor, childId } = options;
	const input = parseInput(medicalDataSchema, options.input);
	await withTransaction(db, async (trx) => {
		const child = await childForChange(trx, actor, childId);
		const stored = await trx
			.selectFrom("child_medical")
			.selectAll()
			.where("child_id", "=", child.id)
			.executeTakeFirst();
		const at = nowIso();
		const after = {
			doctorName: input.doctorName || null,
			doctorPhone: input.doctorPhone || null,
			tetanus: input.tetanus ?? null,
			tetanusLastBooster: input.tetanusLastBooster ?? null,
			hasAllergies: input.hasAllergies === undefined ? null : input.hasAllergies === "yes",
			diet: input.diet || null,
			chronicConditions: input.chronicConditions || null,
			chronicConditionsCare: input.chronicConditionsCare || null,
			swimming: input.swimming ?? null,
			otherInformation: input.otherInformation || null,
		};
		const fields = changedFields(
			{
				doctorName: stored?.doctor_name,
				doctorPhone: stored?.doctor_phone,
				tetanus: stored?.tetanus,
				tetanusLastBooster: stored?.tetanus_last_booster,
				hasAllergies: stored?.has_allergies,
				diet: stored?.diet,
				chronicConditions: stored?.chronic_conditions,
				chronicConditionsCare: stored?.chronic_conditions_care,
				swimming: stored?.swimming,
				otherInformation: stored?.other_information,
			},
			after,
		);
		const confirms = input.confirm === "on" && actor.viewer.kind === "guardian";
		if (confirms) fields.push("confirmed");
		const row = {
			doctor_name: after.doctorName,
			doctor_phone: after.doctorPhone,
			tetanus: after.tetanus,
			tetanus_last_booster: after.tetanusLastBooster,
			has_allergies: after.hasAllergies,
			diet: after.diet,
			chronic_conditions: after.chronicConditions,
			chronic_conditions_care: after.chronicConditionsCare,
			swimming: after.swimming,
			other_information: after.otherInformation,
			updated_at: at,
			...(confirms ? { confirmed_at: at, confirmed_by_user_id: actor.userId } : {}),
		};
		await trx
			.insertInto("child_medical")
			.values({ child_id: child.id, confirmed_at: null, confirmed_by_user_id: null, ...row })
			.onConflict((conflict) => conflict.column("child_id").doUpdateSet(row))
			.execute();
		if (fields.length > 0) await recordDossierChange(trx, { actor, child, section: "medical", fields });
	});
}
