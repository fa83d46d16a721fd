/**
 * Health data that is safe to rely on (decision 021): an answer « Oui » needs its list, dates of
 * past events are in the past, on the parent's side and the staff's, on both databases.
 */
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { addAllergy } from "#app/domain/families/add-allergy.server.ts";
import { addMedication } from "#app/domain/families/add-medication.server.ts";
import { missingDossierData, parseRequiredByGroup } from "#app/domain/families/dossier-fields.ts";
import { loadDossierSnapshot } from "#app/domain/families/families.repository.server.ts";
import { removeDossierEntry } from "#app/domain/families/remove-dossier-entry.server.ts";
import { saveGeneralData } from "#app/domain/families/save-general-data.server.ts";
import { saveMedicalData } from "#app/domain/families/save-medical-data.server.ts";
import { now, pinClock } from "#app/infra/clock.ts";
import { completeGeneralData, createTestChild, createTestTenant, guardianActor, staffActor } from "#tests/factories.ts";

const db = () => getDb();

afterEach(() => pinClock(undefined));

async function medicalMissing(childId: string) {
	const group = await db()
		.selectFrom("children")
		.innerJoin("groups", "groups.id", "children.group_id")
		.select("groups.mandatory_fields")
		.where("children.id", "=", childId)
		.executeTakeFirstOrThrow();
	return missingDossierData(
		await loadDossierSnapshot(db(), childId),
		parseRequiredByGroup(group.mandatory_fields),
		now(),
	).medical;
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

async function setUp() {
	const { group, admin } = await createTestTenant();
	const child = await createTestChild(group);
	await saveGeneralData({
		db: db(),
		actor: guardianActor(child.guardian),
		childId: child.id,
		input: completeGeneralData,
	});
	return { child, actors: { guardian: guardianActor(child.guardian), staff: staffActor(admin) } };
}

describe.each(["guardian", "staff"] as const)("the health sheet, saved by the %s", (side) => {
	it("is incomplete while « allergies: Oui » or « medication: Oui » lists nothing", async () => {
		const { child, actors } = await setUp();
		const actor = actors[side];
		await saveMedicalData({
			db: db(),
			actor,
			childId: child.id,
			input: { hasAllergies: "yes", takesMedication: "yes" },
		});
		expect(await medicalMissing(child.id)).toEqual(["allergiesListed", "medicationsListed"]);

		const allergy = { allergen: "Arachides", reactions: "Urticaire", whatToDo: "Antihistaminique" };
		await addAllergy({ db: db(), actor, childId: child.id, input: allergy });
		expect(await medicalMissing(child.id)).toEqual(["medicationsListed"]);
		await addMedication({
			db: db(),
			actor,
			childId: child.id,
			input: { name: "Ventolin", dose: "2 bouffées", times: "Avant le sport" },
		});
		expect(await medicalMissing(child.id)).toEqual([]);

		// Removing the last entry leaves the « Oui » without its list again.
		const [entry] = await db().selectFrom("child_allergies").select("id").where("child_id", "=", child.id).execute();
		await removeDossierEntry({ db: db(), actor, childId: child.id, kind: "allergy", entryId: entry?.id ?? "" });
		expect(await medicalMissing(child.id)).toEqual(["allergiesListed"]);
	});

	it("refuses « Non » while entries are listed, and a listed entry answers « Oui »", async () => {
		const { child, actors } = await setUp();
		const actor = actors[side];
		await addMedication({
			db: db(),
			actor,
			childId: child.id,
			input: { name: "Ventolin", dose: "2 bouffées", times: "Avant le sport" },
		});
		const stored = await db()
			.selectFrom("child_medical")
			.select("takes_medication")
			.where("child_id", "=", child.id)
			.executeTakeFirstOrThrow();
		expect(Boolean(stored.takes_medication)).toBe(true);
		const error = await errorOf(
			saveMedicalData({ db: db(), actor, childId: child.id, input: { takesMedication: "no" } }),
		);
		expect(error.code).toBe("VALIDATION");
		expect(error.fieldErrors).toEqual({ takesMedication: ["families.medical.medications.removeFirst"] });
	});

	it("refuses a tetanus booster in the future, too old, or before the child's birth, on its field", async () => {
		pinClock("2026-11-27T10:00:00Z");
		const { child, actors } = await setUp();
		const actor = actors[side];
		const save = (tetanusLastBooster: string) =>
			errorOf(saveMedicalData({ db: db(), actor, childId: child.id, input: { tetanus: "yes", tetanusLastBooster } }));
		expect((await save("2030-01-15")).fieldErrors).toEqual({ tetanusLastBooster: ["validation.dateInFuture"] });
		expect((await save("1930-01-15")).fieldErrors).toEqual({ tetanusLastBooster: ["validation.dateTooOld"] });
		// The child was born on 22 August 2020 (national number of completeGeneralData).
		expect((await save("2019-05-01")).fieldErrors).toEqual({
			tetanusLastBooster: ["families.medical.boosterBeforeBirth"],
		});
		await saveMedicalData({
			db: db(),
			actor,
			childId: child.id,
			input: { tetanus: "yes", tetanusLastBooster: "2026-11-27" },
		});
		const stored = await db()
			.selectFrom("child_medical")
			.select("tetanus_last_booster")
			.where("child_id", "=", child.id)
			.executeTakeFirstOrThrow();
		expect(stored.tetanus_last_booster).toBe("2026-11-27");
	});

	it("refuses a birth date in the future or absurdly old, on its field", async () => {
		pinClock("2026-11-27T10:00:00Z");
		const { child, actors } = await setUp();
		const actor = actors[side];
		const input = { lastName: "Dupont", firstName: "Zoé" };
		const future = await errorOf(
			saveGeneralData({ db: db(), actor, childId: child.id, input: { ...input, birthDate: "2026-11-28" } }),
		);
		expect(future.fieldErrors).toEqual({ birthDate: ["validation.dateInFuture"] });
		const old = await errorOf(
			saveGeneralData({ db: db(), actor, childId: child.id, input: { ...input, birthDate: "1900-01-01" } }),
		);
		expect(old.fieldErrors).toEqual({ birthDate: ["validation.dateTooOld"] });
	});
});
