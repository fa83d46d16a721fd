import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { createDossier } from "#app/domain/families/create-dossier.server.ts";
import {
	isDossierComplete,
	type MissingData,
	missingDossierData,
	parseRequiredByGroup,
} from "#app/domain/families/dossier-fields.ts";
import { loadDossierSnapshot } from "#app/domain/families/families.repository.server.ts";
import { saveContact } from "#app/domain/families/save-contact.server.ts";
import { saveDossierSettings } from "#app/domain/families/save-dossier-settings.server.ts";
import { saveGeneralData } from "#app/domain/families/save-general-data.server.ts";
import { saveMedicalData } from "#app/domain/families/save-medical-data.server.ts";
import { saveSupplementaryData } from "#app/domain/families/save-supplementary-data.server.ts";
import { now, pinClock } from "#app/infra/clock.ts";
import {
	completeGeneralData,
	createTestChild,
	createTestTenant,
	createTestUser,
	guardianActor,
	staffActor,
} from "#tests/factories.ts";

const db = () => getDb();

afterEach(() => pinClock(undefined));

/** What the dossier screens would warn about, read the way the loaders read it. */
async function missingFor(childId: string): Promise<MissingData> {
	const child = await db()
		.selectFrom("children")
		.innerJoin("groups", "groups.id", "children.group_id")
		.select("groups.mandatory_fields")
		.where("children.id", "=", childId)
		.executeTakeFirstOrThrow();
	return missingDossierData(
		await loadDossierSnapshot(db(), childId),
		parseRequiredByGroup(child.mandatory_fields),
		now(),
	);
}

const nothingMissing: MissingData = { general: [], supplementary: [], medical: [], contacts: [] };

describe("missingDossierData", () => {
	it("lists the guide's general fields for a fresh dossier, and nothing else when the group requires nothing", async () => {
		const { group } = await createTestTenant();
		const parent = await createTestUser();
		const { childId } = await createDossier({
			db: db(),
			actor: { userId: parent.id, ipAddress: "192.0.2.80" },
			input: { groupCode: group.code, lastName: "Sansprénom" },
		});
		expect(await missingFor(childId)).toEqual({
			general: ["firstName", "birthDate", "nationalNumber", "sex", "street", "houseNumber", "locality", "postalCode"],
			supplementary: [],
			medical: [],
			contacts: [],
		});

		const named = await createTestChild(group);
		expect((await missingFor(named.id)).general).toEqual([
			"birthDate",
			"nationalNumber",
			"sex",
			"street",
			"houseNumber",
			"locality",
			"postalCode",
		]);
	});

	it("after complete general data, lists exactly the fields the group requires", async () => {
		const { group, admin } = await createTestTenant();
		const child = await createTestChild(group);
		const actor = guardianActor(child.guardian);
		await saveGeneralData({ db: db(), actor, childId: child.id, input: completeGeneralData });
		expect(await missingFor(child.id)).toEqual(nothingMissing);

		await saveDossierSettings({
			db: db(),
			actor: staffActor(admin),
			input: { requiredFields: ["emergencyContact", "doctorName"] },
		});
		expect(await missingFor(child.id)).toEqual({
			general: [],
			supplementary: [],
			medical: ["doctorName"],
			contacts: ["emergencyContact"],
		});

		// Someone allowed to pick the child up is not someone to call in an emergency.
		const contact = { name: "Tante Marie", relation: "tante", phone: "0475 11 22 33" };
		await saveContact({ db: db(), actor, childId: child.id, input: { ...contact, role: "pickup" } });
		expect((await missingFor(child.id)).contacts).toEqual(["emergencyContact"]);

		await saveContact({ db: db(), actor, childId: child.id, input: { ...contact, role: "emergency" } });
		await saveMedicalData({ db: db(), actor, childId: child.id, input: { doctorName: "Dr Lejeune" } });
		const missing = await missingFor(child.id);
		expect(missing).toEqual(nothingMissing);
		expect(isDossierComplete(missing)).toBe(true);
	});

	it("asks for every consent when the group requires consents", async () => {
		const { group, admin } = await createTestTenant();
		const child = await createTestChild(group);
		const actor = guardianActor(child.guardian);
		await saveGeneralData({ db: db(), actor, childId: child.id, input: completeGeneralData });
		await saveDossierSettings({ db: db(), actor: staffActor(admin), input: { requiredFields: ["consents"] } });

		await saveSupplementaryData({
			db: db(),
			actor,
			childId: child.id,
			input: { consent_photos_internal: "yes", consent_photos_public: "no" },
		});
		expect((await missingFor(child.id)).supplementary).toEqual(["consents"]);
		// A refusal is an answer too.
		await saveSupplementaryData({ db: db(), actor, childId: child.id, input: { consent_first_aid: "no" } });
		expect(await missingFor(child.id)).toEqual(nothingMissing);
	});

	it("asks for the health sheet to be confirmed again once the confirmation is more than 12 months old", async () => {
		const { group, admin } = await createTestTenant();
		const child = await createTestChild(group);
		const actor = guardianActor(child.guardian);
		await saveGeneralData({ db: db(), actor, childId: child.id, input: completeGeneralData });
		await saveDossierSettings({ db: db(), actor: staffActor(admin), input: { requiredFields: ["medicalConfirmed"] } });
		expect((await missingFor(child.id)).medical).toEqual(["medicalConfirmed"]);

		pinClock("2026-01-10T10:00:00.000Z");
		await saveMedicalData({ db: db(), actor, childId: child.id, input: { doctorName: "Dr Lejeune", confirm: "on" } });
		expect(await missingFor(child.id)).toEqual(nothingMissing);

		pinClock("2027-01-10T09:59:00.000Z");
		expect(await missingFor(child.id)).toEqual(nothingMissing);

		pinClock("2027-01-10T10:01:00.000Z");
		expect((await missingFor(child.id)).medical).toEqual(["medicalConfirmed"]);

		// Staff updating the sheet does not vouch for it on the family's behalf.
		await saveMedicalData({
			db: db(),
			actor: staffActor(admin),
			childId: child.id,
			input: { doctorName: "Dr Lejeune", tetanus: "yes", confirm: "on" },
		});
		expect((await missingFor(child.id)).medical).toEqual(["medicalConfirmed"]);

		await saveMedicalData({
			db: db(),
			actor,
			childId: child.id,
			input: { doctorName: "Dr Lejeune", tetanus: "yes", confirm: "on" },
		});
		expect(await missingFor(child.id)).toEqual(nothingMissing);
	});
});
