import { type Database, withTransaction } from "#app/db/db.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { parseInput } from "../validation.ts";
import { changedFields, childForChange, type DossierActor, recordDossierChange } from "./dossier-access.server.ts";
import { type GeneralDataInput, generalDataSchema } from "./dossier-input.ts";
import { nameKey } from "./name-key.ts";

/**
 * Saves « Données générales ». The file number is the group's and never changes here; birth
 * date and sex follow the national number when they were left empty.
 */
export async function saveGeneralData(options: {
	db: Database;
	/** A guardian of the child or an editing staff member of its group. */
	actor: DossierActor;
	childId: string;
	input: GeneralDataInput;
}): Promise<void> {
	const { db, actor, childId } = options;
	const input = parseInput(generalDataSchema, options.input);
	await withTransaction(db, async (trx) => {
		const child = await childForChange(trx, actor, childId);
		const after = {
			firstName: input.firstName ?? "",
			lastName: input.lastName,
			nationalNumber: input.nationalNumber || null,
			birthDate: input.birthDate ?? null,
			sex: input.sex ?? null,
			street: input.street || null,
			houseNumber: input.houseNumber || null,
			postalCode: input.postalCode || null,
			locality: input.locality || null,
			country: input.country,
			language: input.language ?? null,
		};
		const before = {
			firstName: child.first_name,
			lastName: child.last_name,
			nationalNumber: child.national_number,
			birthDate: child.birth_date,
			sex: child.sex,
			street: child.street,
			houseNumber: child.house_number,
			postalCode: child.postal_code,
			locality: child.locality,
			country: child.country,
			language: child.language,
		};
		const fields = changedFields(before, after);
		if (fields.length === 0) return;
		await trx
			.updateTable("children")
			.set({
				first_name: after.firstName,
				last_name: after.lastName,
				name_key: nameKey(after.lastName, after.firstName),
				national_number: after.nationalNumber,
				birth_date: after.birthDate,
				sex: after.sex,
				street: after.street,
				house_number: after.houseNumber,
				postal_code: after.postalCode,
				locality: after.locality,
				country: after.country,
				language: after.language,
				updated_at: nowIso(),
			})
			.where("id", "=", child.id)
			.where("group_id", "=", child.group_id)
			.execute();
		await recordDossierChange(trx, { actor, child, section: "general", fields });
	});
}
