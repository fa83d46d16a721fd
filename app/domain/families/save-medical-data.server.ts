import { type Database, withTransaction } from "#app/db/db.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { AppError, type FieldErrors } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { changedFields, childForChange, type DossierActor, recordDossierChange } from "./dossier-access.server.ts";
import { medicalDataServerSchema } from "./dossier-input.server.ts";
import type { MedicalDataInput } from "./dossier-input.ts";

/**
 * Saves the health sheet. A guardian may also confirm that it is accurate and up to date:
 * the date of that confirmation is what tells staff the sheet is not stale. Staff edits never
 * count as a guardian's confirmation.
 *
 * Throws VALIDATION (decision 026) when an answer « Non » contradicts a list that still holds
 * entries (allergies, medications), or when the last tetanus booster precedes the child's birth.
 */
export async function saveMedicalData(options: {
	db: Database;
	/** A guardian of the child or an editing staff member of its group. */
	actor: DossierActor;
	childId: string;
	input: MedicalDataInput;
}): Promise<void> {
	const { db, actor, childId } = options;
	const input = parseInput(medicalDataServerSchema, options.input);
	await withTransaction(db, async (trx) => {
		const child = await childForChange(trx, actor, childId);
		const stored = await trx
			.selectFrom("child_medical")
			.selectAll()
			.where("child_id", "=", child.id)
			.executeTakeFirst();
		await checkAgainstDossier(trx, child, input);
		const at = nowIso();
		const after = {
			doctorName: input.doctorName || null,
			doctorPhone: input.doctorPhone || null,
			tetanus: input.tetanus ?? null,
			tetanusLastBooster: input.tetanusLastBooster ?? null,
			hasAllergies: input.hasAllergies === undefined ? null : input.hasAllergies === "yes",
			takesMedication: input.takesMedication === undefined ? null : input.takesMedication === "yes",
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
				takesMedication: stored?.takes_medication,
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
			takes_medication: after.takesMedication,
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

async function countOf(db: Database, table: "child_allergies" | "child_medications", childId: string) {
	const row = await db
		.selectFrom(table)
		.select((eb) => eb.fn.countAll<string | number>().as("count"))
		.where("child_id", "=", childId)
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

/** The checks that need what the dossier already holds (the schema checks the rest). */
async function checkAgainstDossier(
	db: Database,
	child: { id: string; birth_date: string | null },
	input: { hasAllergies?: string; takesMedication?: string; tetanusLastBooster?: string },
) {
	const fieldErrors: FieldErrors = {};
	if (input.hasAllergies === "no" && (await countOf(db, "child_allergies", child.id)) > 0)
		fieldErrors.hasAllergies = ["families.medical.allergies.removeFirst"];
	if (input.takesMedication === "no" && (await countOf(db, "child_medications", child.id)) > 0)
		fieldErrors.takesMedication = ["families.medical.medications.removeFirst"];
	if (input.tetanusLastBooster && child.birth_date && input.tetanusLastBooster < child.birth_date)
		fieldErrors.tetanusLastBooster = ["families.medical.boosterBeforeBirth"];
	if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", { fieldErrors });
}
