import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { addAllergy } from "#app/domain/families/add-allergy.server.ts";
import { addChildByCode } from "#app/domain/families/add-child-by-code.server.ts";
import { addMedication } from "#app/domain/families/add-medication.server.ts";
import type { DossierActor } from "#app/domain/families/dossier-access.server.ts";
import {
	findMedical,
	listAllergies,
	listChanges,
	listConsents,
	listContacts,
	listMedications,
} from "#app/domain/families/families.repository.server.ts";
import { removeDossierEntry } from "#app/domain/families/remove-dossier-entry.server.ts";
import { saveContact } from "#app/domain/families/save-contact.server.ts";
import { saveGeneralData } from "#app/domain/families/save-general-data.server.ts";
import { saveMedicalData } from "#app/domain/families/save-medical-data.server.ts";
import { saveSupplementaryData } from "#app/domain/families/save-supplementary-data.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import {
	completeGeneralData,
	createTestChild,
	createTestStaffMember,
	createTestTenant,
	createTestUser,
	enrolTestChild,
	guardianActor,
	issueTestChildCode,
	staffActor,
} from "#tests/factories.ts";

const db = () => getDb();
const nationalNumberDigits = "20082224684";

afterEach(() => pinClock(undefined));

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

async function generalColumns(childId: string) {
	return db()
		.selectFrom("children")
		.select(["first_name", "last_name", "national_number", "birth_date", "sex", "street", "postal_code", "updated_at"])
		.where("id", "=", childId)
		.executeTakeFirstOrThrow();
}

/** A child with two guardians: the one who created the dossier and one who joined by code. */
async function childWithTwoGuardians() {
	const tenant = await createTestTenant();
	const child = await createTestChild(tenant.group);
	const { code } = await issueTestChildCode(child.id, tenant.admin);
	const second = await createTestUser({ firstName: "Second", lastName: "Parent" });
	await addChildByCode({
		db: db(),
		actor: { userId: second.id, ipAddress: "192.0.2.44" },
		input: { groupCode: tenant.group.code, childCode: code },
	});
	return { ...tenant, child, first: child.guardian, second };
}

const contact = {
	name: "Mamy Jeanne",
	relation: "grand-mère",
	phone: "0470 12 34 56",
	role: "pickup",
} as const;

describe("saveGeneralData", () => {
	it("derives the birth date and the sex from the national number when they are left empty", async () => {
		const { group } = await createTestTenant();
		const child = await createTestChild(group, { lastName: "Dupont", firstName: "Zoé" });
		await saveGeneralData({
			db: db(),
			actor: guardianActor(child.guardian),
			childId: child.id,
			input: completeGeneralData,
		});

		expect(await generalColumns(child.id)).toMatchObject({
			national_number: nationalNumberDigits,
			birth_date: "2020-08-22",
			sex: "F",
			street: "Rue Haute",
			postal_code: "4830",
		});
	});

	it("refuses a birth date or a sex that contradicts the national number, and saves nothing", async () => {
		const { group } = await createTestTenant();
		const child = await createTestChild(group);
		const before = await generalColumns(child.id);

		const birthDate = await errorOf(
			saveGeneralData({
				db: db(),
				actor: guardianActor(child.guardian),
				childId: child.id,
				input: { ...completeGeneralData, birthDate: "2020-08-23" },
			}),
		);
		expect(birthDate.code).toBe("VALIDATION");
		expect(birthDate.fieldErrors).toEqual({ birthDate: ["families.nationalNumber.birthDateMismatch"] });
		const sex = await errorOf(
			saveGeneralData({
				db: db(),
				actor: guardianActor(child.guardian),
				childId: child.id,
				input: { ...completeGeneralData, sex: "M" },
			}),
		);
		expect(sex.fieldErrors).toEqual({ sex: ["families.nationalNumber.sexMismatch"] });
		expect(await generalColumns(child.id)).toEqual(before);
	});

	it("refuses a national number with a wrong check number on that field", async () => {
		const { group } = await createTestTenant();
		const child = await createTestChild(group);
		const error = await errorOf(
			saveGeneralData({
				db: db(),
				actor: guardianActor(child.guardian),
				childId: child.id,
				input: { ...completeGeneralData, nationalNumber: "20.08.22-246.85" },
			}),
		);
		expect(error.code).toBe("VALIDATION");
		expect(error.fieldErrors).toEqual({ nationalNumber: ["families.nationalNumber.checksum"] });
		expect((await generalColumns(child.id)).national_number).toBeNull();
	});

	it("writes a history row with the names of the changed fields only, and nothing when nothing changed", async () => {
		const { group, manager, admin, firstHouse } = await createTestTenant();
		const child = await createTestChild(group, { lastName: "Dupont", firstName: "Zoé" });
		await enrolTestChild(child.id, firstHouse.id, admin);
		await saveGeneralData({
			db: db(),
			actor: guardianActor(child.guardian),
			childId: child.id,
			input: completeGeneralData,
		});
		await saveGeneralData({
			db: db(),
			actor: staffActor(manager),
			childId: child.id,
			input: { ...completeGeneralData, street: "Place Saint-Lambert" },
		});
		await saveGeneralData({
			db: db(),
			actor: guardianActor(child.guardian),
			childId: child.id,
			input: { ...completeGeneralData, street: "Place Saint-Lambert" },
		});

		const changes = await listChanges(db(), child.id, "general");
		expect(changes.map(({ fields, by_staff }) => ({ fields, by_staff: Boolean(by_staff) }))).toEqual([
			{ fields: ["street"], by_staff: true },
			{
				fields: ["nationalNumber", "birthDate", "sex", "street", "houseNumber", "postalCode", "locality", "language"],
				by_staff: false,
			},
			{ fields: ["lastName", "firstName"], by_staff: false },
		]);
		expect(changes[0]).toMatchObject({ first_name: manager.firstName, last_name: manager.lastName });
		const audit = await db()
			.selectFrom("audit_events")
			.select(["action", "details"])
			.where("target_id", "=", child.id)
			.where("action", "=", "child.general.updated")
			.execute();
		expect(audit).toHaveLength(3);
	});

	it("never copies the national number into the history or the audit log", async () => {
		const { group, admin } = await createTestTenant();
		const child = await createTestChild(group, { lastName: "Dupont", firstName: "Zoé" });
		await saveGeneralData({
			db: db(),
			actor: guardianActor(child.guardian),
			childId: child.id,
			input: completeGeneralData,
		});
		await saveGeneralData({
			db: db(),
			actor: staffActor(admin),
			childId: child.id,
			input: { ...completeGeneralData, nationalNumber: nationalNumberDigits, locality: "Bilstain" },
		});
		expect((await generalColumns(child.id)).national_number).toBe(nationalNumberDigits);

		const changes = await db().selectFrom("child_changes").selectAll().execute();
		const audit = await db().selectFrom("audit_events").selectAll().execute();
		expect(changes.length).toBeGreaterThan(0);
		expect(audit.length).toBeGreaterThan(0);
		for (const text of [JSON.stringify(changes), JSON.stringify(audit)]) {
			expect(text).not.toContain(nationalNumberDigits);
			expect(text).not.toContain(completeGeneralData.nationalNumber);
			expect(text).not.toContain("246.84");
		}
	});
});

describe("saveSupplementaryData", () => {
	it("stores who gave each consent and when; an unchanged answer keeps its author", async () => {
		const { child, first, second } = await childWithTwoGuardians();
		pinClock("2027-02-01T09:00:00.000Z");
		await saveSupplementaryData({
			db: db(),
			actor: guardianActor(first),
			childId: child.id,
			input: { school: "École communale", consent_photos_internal: "yes", consent_first_aid: "yes" },
		});
		pinClock("2027-02-15T18:30:00.000Z");
		await saveSupplementaryData({
			db: db(),
			actor: guardianActor(second),
			childId: child.id,
			input: {
				school: "École communale",
				consent_photos_internal: "yes",
				consent_photos_public: "no",
				consent_first_aid: "no",
			},
		});

		const consents = await db()
			.selectFrom("child_consents")
			.select(["kind", "granted", "given_by_user_id", "given_at"])
			.where("child_id", "=", child.id)
			.orderBy("kind")
			.execute();
		expect(consents.map((row) => ({ ...row, granted: Boolean(row.granted) }))).toEqual([
			{ kind: "first_aid", granted: false, given_by_user_id: second.id, given_at: "2027-02-15T18:30:00.000Z" },
			{ kind: "photos_internal", granted: true, given_by_user_id: first.id, given_at: "2027-02-01T09:00:00.000Z" },
			{ kind: "photos_public", granted: false, given_by_user_id: second.id, given_at: "2027-02-15T18:30:00.000Z" },
		]);
		const listed = await listConsents(db(), child.id);
		expect(listed.find((row) => row.kind === "photos_internal")).toMatchObject({
			given_by_first_name: first.firstName,
			given_by_last_name: first.lastName,
		});
		const changes = await listChanges(db(), child.id, "supplementary");
		expect(changes.map((change) => change.fields)).toEqual([
			["consent_photos_public", "consent_first_aid"],
			["school", "consent_photos_internal", "consent_first_aid"],
		]);
	});

	it("keeps a consent that the form leaves unanswered", async () => {
		const { group } = await createTestTenant();
		const child = await createTestChild(group);
		await saveSupplementaryData({
			db: db(),
			actor: guardianActor(child.guardian),
			childId: child.id,
			input: { consent_photos_public: "yes" },
		});
		await saveSupplementaryData({
			db: db(),
			actor: guardianActor(child.guardian),
			childId: child.id,
			input: { mutuality: "Solidaris" },
		});
		const consents = await listConsents(db(), child.id);
		expect(consents.map((row) => ({ kind: row.kind, granted: Boolean(row.granted) }))).toEqual([
			{ kind: "photos_public", granted: true },
		]);
	});
});

describe("saveMedicalData", () => {
	it("records a guardian's confirmation with its date; a staff save never confirms nor clears it", async () => {
		const { group, admin } = await createTestTenant();
		const child = await createTestChild(group);

		pinClock("2027-01-05T10:00:00.000Z");
		await saveMedicalData({
			db: db(),
			actor: staffActor(admin),
			childId: child.id,
			input: { doctorName: "Dr Renard", confirm: "on" },
		});
		expect(await findMedical(db(), child.id)).toMatchObject({ doctor_name: "Dr Renard", confirmed_at: null });

		pinClock("2027-01-06T10:00:00.000Z");
		await saveMedicalData({
			db: db(),
			actor: guardianActor(child.guardian),
			childId: child.id,
			input: { doctorName: "Dr Renard", doctorPhone: "087 22 33 44", tetanus: "yes", confirm: "on" },
		});
		expect(await findMedical(db(), child.id)).toMatchObject({
			doctor_phone: "+3287223344",
			tetanus: "yes",
			confirmed_at: "2027-01-06T10:00:00.000Z",
			confirmed_by_user_id: child.guardian.id,
			confirmed_by_first_name: child.guardian.firstName,
		});

		pinClock("2027-03-01T10:00:00.000Z");
		await saveMedicalData({
			db: db(),
			actor: staffActor(admin),
			childId: child.id,
			input: { doctorName: "Dr Renard", doctorPhone: "087 22 33 44", tetanus: "no", confirm: "on" },
		});
		expect(await findMedical(db(), child.id)).toMatchObject({
			tetanus: "no",
			confirmed_at: "2027-01-06T10:00:00.000Z",
			confirmed_by_user_id: child.guardian.id,
		});

		const changes = await listChanges(db(), child.id, "medical");
		expect(changes.map((change) => [change.fields, Boolean(change.by_staff)])).toEqual([
			[["tetanus"], true],
			[["doctorPhone", "tetanus", "confirmed"], false],
			[["doctorName"], true],
		]);
	});

	it("adds and removes allergies and medications", async () => {
		const { group } = await createTestTenant();
		const child = await createTestChild(group);
		const actor = guardianActor(child.guardian);
		await addAllergy({
			db: db(),
			actor,
			childId: child.id,
			input: { allergen: "Arachides", reactions: "Œdème", whatToDo: "Adrénaline (Epipen) puis 112" },
		});
		await addMedication({
			db: db(),
			actor,
			childId: child.id,
			input: { name: "Ventolin", dose: "2 bouffées", times: "avant le sport", selfAdministered: "on" },
		});

		const [allergy] = await listAllergies(db(), child.id);
		expect(allergy).toMatchObject({
			allergen: "Arachides",
			reactions: "Œdème",
			what_to_do: "Adrénaline (Epipen) puis 112",
		});
		expect((await findMedical(db(), child.id))?.has_allergies).toBe(true);
		const [medication] = await listMedications(db(), child.id);
		expect(medication).toMatchObject({ name: "Ventolin", dose: "2 bouffées", times: "avant le sport" });
		expect(Boolean(medication?.self_administered)).toBe(true);

		await removeDossierEntry({ db: db(), actor, childId: child.id, kind: "allergy", entryId: allergy?.id ?? "" });
		await removeDossierEntry({ db: db(), actor, childId: child.id, kind: "medication", entryId: medication?.id ?? "" });
		expect(await listAllergies(db(), child.id)).toEqual([]);
		expect(await listMedications(db(), child.id)).toEqual([]);
		const again = await errorOf(
			removeDossierEntry({ db: db(), actor, childId: child.id, kind: "allergy", entryId: allergy?.id ?? "" }),
		);
		expect(again.code).toBe("NOT_FOUND");

		const changes = await listChanges(db(), child.id, "medical");
		expect(changes.map((change) => change.fields)).toEqual([
			["medications"],
			["allergies"],
			["medications"],
			["allergies"],
		]);
	});

	it("does not remove an allergy through another child", async () => {
		const { group } = await createTestTenant();
		const child = await createTestChild(group);
		const sibling = await createTestChild(group, { guardian: child.guardian });
		const actor = guardianActor(child.guardian);
		await addAllergy({
			db: db(),
			actor,
			childId: sibling.id,
			input: { allergen: "Lait", reactions: "Urticaire", whatToDo: "Cétirizine" },
		});
		const [allergy] = await listAllergies(db(), sibling.id);

		const error = await errorOf(
			removeDossierEntry({ db: db(), actor, childId: child.id, kind: "allergy", entryId: allergy?.id ?? "" }),
		);
		expect(error.code).toBe("NOT_FOUND");
		expect(await listAllergies(db(), sibling.id)).toHaveLength(1);
	});
});

describe("saveContact", () => {
	it("adds, changes and removes a contact, the phone stored in E.164", async () => {
		const { group } = await createTestTenant();
		const child = await createTestChild(group);
		const actor = guardianActor(child.guardian);

		const { contactId } = await saveContact({ db: db(), actor, childId: child.id, input: contact });
		expect(await listContacts(db(), child.id)).toEqual([
			expect.objectContaining({
				id: contactId,
				name: "Mamy Jeanne",
				phone: "+32470123456",
				phone_alt: null,
				role: "pickup",
			}),
		]);

		await saveContact({
			db: db(),
			actor,
			childId: child.id,
			contactId,
			input: { ...contact, role: "emergency", phoneAlt: "+33 6 12 34 56 78", notes: "Joignable le soir" },
		});
		expect(await listContacts(db(), child.id)).toEqual([
			expect.objectContaining({
				id: contactId,
				role: "emergency",
				phone_alt: "+33612345678",
				notes: "Joignable le soir",
			}),
		]);

		await removeDossierEntry({ db: db(), actor, childId: child.id, kind: "contact", entryId: contactId });
		expect(await listContacts(db(), child.id)).toEqual([]);
		const changes = await listChanges(db(), child.id, "contacts");
		expect(changes.map((change) => change.fields)).toEqual([["contacts"], ["emergency"], ["pickup"]]);
	});

	it("refuses an invalid phone number on that field", async () => {
		const { group } = await createTestTenant();
		const child = await createTestChild(group);
		const error = await errorOf(
			saveContact({
				db: db(),
				actor: guardianActor(child.guardian),
				childId: child.id,
				input: { ...contact, phone: "0470 12" },
			}),
		);
		expect(error.fieldErrors).toEqual({ phone: ["validation.phone"] });
	});

	it("does not reach a contact of another child, even a sibling", async () => {
		const { group } = await createTestTenant();
		const child = await createTestChild(group);
		const sibling = await createTestChild(group, { guardian: child.guardian });
		const actor = guardianActor(child.guardian);
		const { contactId } = await saveContact({ db: db(), actor, childId: sibling.id, input: contact });

		const update = await errorOf(
			saveContact({ db: db(), actor, childId: child.id, contactId, input: { ...contact, name: "Quelqu'un d'autre" } }),
		);
		expect(update.code).toBe("NOT_FOUND");
		const removal = await errorOf(
			removeDossierEntry({ db: db(), actor, childId: child.id, kind: "contact", entryId: contactId }),
		);
		expect(removal.code).toBe("NOT_FOUND");
		expect(await listContacts(db(), sibling.id)).toEqual([
			expect.objectContaining({ id: contactId, name: "Mamy Jeanne" }),
		]);
		expect(await listContacts(db(), child.id)).toEqual([]);
	});
});

describe("who may change a dossier", () => {
	/** Every change a dossier screen makes, for one actor. */
	function everySave(childId: string, entries: { contactId: string; allergyId: string }) {
		return {
			general: (actor: DossierActor) => saveGeneralData({ db: db(), actor, childId, input: completeGeneralData }),
			supplementary: (actor: DossierActor) =>
				saveSupplementaryData({ db: db(), actor, childId, input: { school: "Athénée", consent_first_aid: "no" } }),
			medical: (actor: DossierActor) =>
				saveMedicalData({ db: db(), actor, childId, input: { doctorName: "Dr Intrus", confirm: "on" } }),
			allergy: (actor: DossierActor) =>
				addAllergy({ db: db(), actor, childId, input: { allergen: "Kiwi", reactions: "Rien", whatToDo: "Rien" } }),
			medication: (actor: DossierActor) =>
				addMedication({ db: db(), actor, childId, input: { name: "X", dose: "1", times: "midi" } }),
			newContact: (actor: DossierActor) => saveContact({ db: db(), actor, childId, input: contact }),
			changedContact: (actor: DossierActor) =>
				saveContact({
					db: db(),
					actor,
					childId,
					contactId: entries.contactId,
					input: { ...contact, role: "not_allowed" },
				}),
			removedContact: (actor: DossierActor) =>
				removeDossierEntry({ db: db(), actor, childId, kind: "contact", entryId: entries.contactId }),
			removedAllergy: (actor: DossierActor) =>
				removeDossierEntry({ db: db(), actor, childId, kind: "allergy", entryId: entries.allergyId }),
		};
	}

	async function dossierWithEntries() {
		const tenant = await createTestTenant();
		const child = await createTestChild(tenant.group);
		await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
		const actor = guardianActor(child.guardian);
		const { contactId } = await saveContact({ db: db(), actor, childId: child.id, input: contact });
		await addAllergy({
			db: db(),
			actor,
			childId: child.id,
			input: { allergen: "Œuf", reactions: "Toux", whatToDo: "Appeler" },
		});
		const [allergy] = await listAllergies(db(), child.id);
		return { ...tenant, child, saves: everySave(child.id, { contactId, allergyId: allergy?.id ?? "" }) };
	}

	async function snapshot(childId: string) {
		return {
			general: await generalColumns(childId),
			changes: (await db().selectFrom("child_changes").select("id").where("child_id", "=", childId).execute()).length,
			contacts: await listContacts(db(), childId),
			allergies: await listAllergies(db(), childId),
			medications: await listMedications(db(), childId),
			medical: await findMedical(db(), childId),
			consents: await listConsents(db(), childId),
		};
	}

	async function expectEveryRefused(
		saves: ReturnType<typeof everySave>,
		actor: DossierActor,
		code: "FORBIDDEN" | "NOT_FOUND",
	): Promise<void> {
		for (const [name, save] of Object.entries(saves)) {
			const error = await errorOf(save(actor));
			expect({ name, code: error.code }).toEqual({ name, code });
		}
	}

	it("refuses every save to a reader of the child's house", async () => {
		const { child, reader, saves } = await dossierWithEntries();
		const before = await snapshot(child.id);
		await expectEveryRefused(saves, staffActor(reader), "FORBIDDEN");
		expect(await snapshot(child.id)).toEqual(before);
	});

	it("does not find the child for a staff member of another group", async () => {
		const { child, saves } = await dossierWithEntries();
		const other = await createTestTenant();
		const before = await snapshot(child.id);
		await expectEveryRefused(saves, staffActor(other.admin), "NOT_FOUND");
		expect(await snapshot(child.id)).toEqual(before);
	});

	it("does not find the child for another parent", async () => {
		const { group, child, saves } = await dossierWithEntries();
		// A parent with a child of their own in the same group.
		const neighbour = await createTestChild(group);
		const before = await snapshot(child.id);
		await expectEveryRefused(saves, guardianActor(neighbour.guardian), "NOT_FOUND");
		expect(await snapshot(child.id)).toEqual(before);
	});

	it("does not find the child for a house manager or reader of another house", async () => {
		const { group, secondHouse, child, saves } = await dossierWithEntries();
		const before = await snapshot(child.id);
		for (const role of ["house_manager", "reader"] as const) {
			const elsewhere = await createTestStaffMember(group.id, role, [secondHouse.id]);
			await expectEveryRefused(saves, staffActor(elsewhere), "NOT_FOUND");
		}
		expect(await snapshot(child.id)).toEqual(before);
	});

	it("lets a house manager of the child's house make every change", async () => {
		const { child, manager, saves } = await dossierWithEntries();
		for (const save of Object.values(saves)) await save(staffActor(manager));
		const changes = await db()
			.selectFrom("child_changes")
			.select("by_staff")
			.where("child_id", "=", child.id)
			.where("user_id", "=", manager.id)
			.execute();
		expect(changes.length).toBe(Object.keys(saves).length);
		expect(changes.every((change) => Boolean(change.by_staff))).toBe(true);
	});
});
