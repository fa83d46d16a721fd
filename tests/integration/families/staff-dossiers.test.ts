import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { addAllergy } from "#app/domain/families/add-allergy.server.ts";
import { addChildByCode } from "#app/domain/families/add-child-by-code.server.ts";
import { findChild, isGuardian, listChildrenOfGuardian } from "#app/domain/families/families.repository.server.ts";
import { mergeDossier } from "#app/domain/families/merge-dossier.server.ts";
import { readMedicalData } from "#app/domain/families/read-medical-data.server.ts";
import { remindGuardians } from "#app/domain/families/remind-guardians.server.ts";
import { saveDossierSettings } from "#app/domain/families/save-dossier-settings.server.ts";
import { saveGeneralData } from "#app/domain/families/save-general-data.server.ts";
import { saveMedicalData } from "#app/domain/families/save-medical-data.server.ts";
import { unlinkGuardian } from "#app/domain/families/unlink-guardian.server.ts";
import { validateDossier } from "#app/domain/families/validate-dossier.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import {
	completeGeneralData,
	createTestChild,
	createTestTenant,
	createTestUser,
	enrolTestChild,
	guardianActor,
	issueTestChildCode,
	staffActor,
	type TestUser,
} from "#tests/factories.ts";

const db = () => getDb();

afterEach(() => pinClock(undefined));

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

let addressSequence = 0;
function nextAddress(): string {
	addressSequence += 1;
	return `192.0.${Math.floor(addressSequence / 250)}.${addressSequence % 250}`;
}

async function mailsTo(email: string, template: string) {
	const rows = await db()
		.selectFrom("outbox_mails")
		.select(["language", "data"])
		.where("to_address", "=", email)
		.where("template", "=", template)
		.orderBy("created_at")
		.execute();
	return rows.map((row) => ({ language: row.language, data: JSON.parse(row.data) as Record<string, string> }));
}

async function childRow(childId: string) {
	return db()
		.selectFrom("children")
		.select(["status", "validated_at", "entry_date", "merged_into_child_id", "file_number"])
		.where("id", "=", childId)
		.executeTakeFirstOrThrow();
}

/** Makes `parent` a guardian of the child through a code, as a second parent would. */
async function joinByCode(
	child: { id: string },
	tenant: { group: { code: string }; admin: Parameters<typeof issueTestChildCode>[1] },
	parent: TestUser,
) {
	const { code } = await issueTestChildCode(child.id, tenant.admin);
	await addChildByCode({
		db: db(),
		actor: { userId: parent.id, ipAddress: nextAddress() },
		input: { groupCode: tenant.group.code, childCode: code },
	});
}

async function auditActions(childId: string, action: string) {
	return db()
		.selectFrom("audit_events")
		.select(["actor_user_id", "group_id", "ip_address", "details"])
		.where("target_id", "=", childId)
		.where("action", "=", action)
		.execute();
}

describe("validateDossier", () => {
	it("validates a dossier « introduit » with its entry date and tells every guardian in their language", async () => {
		const tenant = await createTestTenant();
		const french = await createTestUser({ language: "fr" });
		const child = await createTestChild(tenant.group, { guardian: french, lastName: "Wouters", firstName: "Mila" });
		await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
		const dutch = await createTestUser({ language: "nl" });
		await joinByCode(child, tenant, dutch);

		pinClock("2027-06-20T08:30:00.000Z");
		await validateDossier({
			db: db(),
			actor: staffActor(tenant.manager),
			childId: child.id,
			// The test dossier lacks its general data: staff confirm they validate it anyway.
			input: { entryDate: "2027-09-01", confirmMissing: "20" },
		});

		expect(await childRow(child.id)).toMatchObject({
			status: "validated",
			validated_at: "2027-06-20T08:30:00.000Z",
			entry_date: "2027-09-01",
		});
		const expected = { childName: "Mila Wouters", groupName: tenant.group.name };
		expect(await mailsTo(french.email, "family.dossier-validated")).toEqual([
			{ language: "fr", data: expect.objectContaining({ ...expected, firstName: french.firstName }) },
		]);
		expect(await mailsTo(dutch.email, "family.dossier-validated")).toEqual([
			{ language: "nl", data: expect.objectContaining({ ...expected, firstName: dutch.firstName }) },
		]);
		expect(await auditActions(child.id, "child.validated")).toEqual([
			expect.objectContaining({ actor_user_id: tenant.manager.id, group_id: tenant.group.id }),
		]);
	});

	it("refuses to validate twice, and sends no second mail", async () => {
		const tenant = await createTestTenant();
		const child = await createTestChild(tenant.group);
		await validateDossier({
			db: db(),
			actor: staffActor(tenant.admin),
			childId: child.id,
			input: { confirmMissing: "20" },
		});
		expect(await childRow(child.id)).toMatchObject({ status: "validated", entry_date: null });

		const error = await errorOf(
			validateDossier({
				db: db(),
				actor: staffActor(tenant.admin),
				childId: child.id,
				input: { entryDate: "2027-01-01" },
			}),
		);
		expect(error.code).toBe("CONFLICT");
		expect(error.fieldErrors).toEqual({ form: ["families.staff.validate.notSubmitted"] });
		expect(await childRow(child.id)).toMatchObject({ entry_date: null });
		expect(await mailsTo(child.guardian.email, "family.dossier-validated")).toHaveLength(1);
	});

	it("refuses an impossible entry date on that field and leaves the dossier « introduit »", async () => {
		const tenant = await createTestTenant();
		const child = await createTestChild(tenant.group);
		const error = await errorOf(
			validateDossier({
				db: db(),
				actor: staffActor(tenant.admin),
				childId: child.id,
				input: { entryDate: "2027-02-30" },
			}),
		);
		expect(error.code).toBe("VALIDATION");
		expect(error.fieldErrors).toEqual({ entryDate: ["validation.date"] });
		expect(await childRow(child.id)).toMatchObject({ status: "submitted", entry_date: null });
	});

	it("is refused to a reader and unknown to another group's staff", async () => {
		const tenant = await createTestTenant();
		const other = await createTestTenant();
		const child = await createTestChild(tenant.group);
		await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);

		const reader = await errorOf(
			validateDossier({ db: db(), actor: staffActor(tenant.reader), childId: child.id, input: {} }),
		);
		expect(reader.code).toBe("FORBIDDEN");
		const stranger = await errorOf(
			validateDossier({ db: db(), actor: staffActor(other.admin), childId: child.id, input: {} }),
		);
		expect(stranger.code).toBe("NOT_FOUND");
		expect(await childRow(child.id)).toMatchObject({ status: "submitted", validated_at: null });
		expect(await mailsTo(child.guardian.email, "family.dossier-validated")).toEqual([]);
	});
});

describe("mergeDossier", () => {
	async function existingAndDuplicate() {
		const tenant = await createTestTenant();
		const existingGuardian = await createTestUser({ language: "fr", firstName: "Anne", lastName: "Dubois" });
		const existing = await createTestChild(tenant.group, {
			guardian: existingGuardian,
			lastName: "Dubois",
			firstName: "Lina",
		});
		const newcomer = await createTestUser({ language: "nl", firstName: "Pieter", lastName: "Claes" });
		// The same child, typed differently by the other parent.
		const duplicate = await createTestChild(tenant.group, {
			guardian: newcomer,
			lastName: "Dubois-Claes",
			firstName: "Lina",
		});
		const { file_number } = await childRow(existing.id);
		return { ...tenant, existing, existingGuardian, duplicate, newcomer, fileNumber: String(file_number) };
	}

	it("moves the duplicate's guardians to the existing dossier, which alone stays on their list", async () => {
		const { admin, group, existing, existingGuardian, duplicate, newcomer, fileNumber } = await existingAndDuplicate();

		const result = await mergeDossier({
			db: db(),
			actor: staffActor(admin),
			childId: duplicate.id,
			input: { targetFileNumber: fileNumber },
		});
		expect(result).toEqual({ targetChildId: existing.id });

		const links = await db()
			.selectFrom("guardianships")
			.select(["child_id", "user_id", "linked_via"])
			.where("child_id", "in", [existing.id, duplicate.id])
			.orderBy("linked_via")
			.execute();
		expect(links).toEqual([
			{ child_id: existing.id, user_id: existingGuardian.id, linked_via: "dossier" },
			{ child_id: existing.id, user_id: newcomer.id, linked_via: "merge" },
		]);
		expect(await childRow(duplicate.id)).toMatchObject({ status: "merged", merged_into_child_id: existing.id });
		expect((await listChildrenOfGuardian(db(), newcomer.id)).map((child) => child.id)).toEqual([existing.id]);
		expect(await findChild(db(), { kind: "guardian", userId: newcomer.id }, duplicate.id)).toBeUndefined();

		expect(await mailsTo(newcomer.email, "family.dossier-merged")).toEqual([
			{
				language: "nl",
				data: expect.objectContaining({ firstName: "Pieter", childName: "Lina Dubois", groupName: group.name }),
			},
		]);
		expect(await mailsTo(newcomer.email, "family.guardian-added")).toEqual([]);
		expect(await mailsTo(existingGuardian.email, "family.guardian-added")).toEqual([
			{
				language: "fr",
				data: expect.objectContaining({ firstName: "Anne", childName: "Lina Dubois", guardianName: "Pieter Claes" }),
			},
		]);
		expect(await mailsTo(existingGuardian.email, "family.dossier-merged")).toEqual([]);
		expect(await auditActions(duplicate.id, "child.merged")).toEqual([
			expect.objectContaining({
				actor_user_id: admin.id,
				details: JSON.stringify({ into: existing.id, guardiansMoved: 1 }),
			}),
		]);
	});

	it("keeps a single link for a guardian of both dossiers and mails only about the one who joined", async () => {
		const tenant = await createTestTenant();
		const both = await createTestUser();
		const existing = await createTestChild(tenant.group, { guardian: both, lastName: "Lemaire", firstName: "Tom" });
		const duplicate = await createTestChild(tenant.group, { guardian: both, lastName: "Lemaire", firstName: "Thomas" });
		const joined = await createTestUser({ firstName: "Sofia", lastName: "Rossi" });
		await joinByCode(duplicate, tenant, joined);
		const { file_number } = await childRow(existing.id);

		await mergeDossier({
			db: db(),
			actor: staffActor(tenant.admin),
			childId: duplicate.id,
			input: { targetFileNumber: String(file_number) },
		});
		const links = await db()
			.selectFrom("guardianships")
			.select(["user_id"])
			.where("child_id", "=", existing.id)
			.execute();
		expect(links.map((link) => link.user_id).sort()).toEqual([both.id, joined.id].sort());
		expect(await mailsTo(both.email, "family.dossier-merged")).toEqual([]);
		expect((await mailsTo(both.email, "family.guardian-added")).map((mail) => mail.data.guardianName)).toEqual([
			"Sofia Rossi",
			"Sofia Rossi",
		]);
		expect(await mailsTo(joined.email, "family.dossier-merged")).toHaveLength(1);
	});

	it("refuses an unknown file number or the duplicate's own on that field", async () => {
		const { admin, duplicate, newcomer } = await existingAndDuplicate();
		const other = await createTestTenant();
		const { file_number: ownNumber } = await childRow(duplicate.id);

		for (const targetFileNumber of ["9999", String(ownNumber)]) {
			const error = await errorOf(
				mergeDossier({ db: db(), actor: staffActor(admin), childId: duplicate.id, input: { targetFileNumber } }),
			);
			expect(error.code).toBe("VALIDATION");
			expect(error.fieldErrors).toEqual({ targetFileNumber: ["families.staff.merge.noTarget"] });
		}
		const format = await errorOf(
			mergeDossier({ db: db(), actor: staffActor(admin), childId: duplicate.id, input: { targetFileNumber: "n°12" } }),
		);
		expect(format.fieldErrors).toEqual({ targetFileNumber: ["families.staff.merge.fileNumberFormat"] });
		// The other group's staff cannot reach the duplicate, whatever number they give.
		const stranger = await errorOf(
			mergeDossier({
				db: db(),
				actor: staffActor(other.admin),
				childId: duplicate.id,
				input: { targetFileNumber: "1" },
			}),
		);
		expect(stranger.code).toBe("NOT_FOUND");

		expect(await childRow(duplicate.id)).toMatchObject({ status: "submitted", merged_into_child_id: null });
		expect(await isGuardian(db(), newcomer.id, duplicate.id)).toBe(true);
	});

	it("refuses to merge a validated dossier or to merge into a merged one", async () => {
		const { admin, group, existing, duplicate, fileNumber } = await existingAndDuplicate();
		const third = await createTestChild(group, { lastName: "Dubois", firstName: "Lina-Rose" });
		await mergeDossier({
			db: db(),
			actor: staffActor(admin),
			childId: duplicate.id,
			input: { targetFileNumber: fileNumber },
		});

		const { file_number: mergedNumber } = await childRow(duplicate.id);
		const intoMerged = await errorOf(
			mergeDossier({
				db: db(),
				actor: staffActor(admin),
				childId: third.id,
				input: { targetFileNumber: String(mergedNumber) },
			}),
		);
		expect(intoMerged.fieldErrors).toEqual({ targetFileNumber: ["families.staff.merge.noTarget"] });

		await validateDossier({
			db: db(),
			actor: staffActor(admin),
			childId: existing.id,
			input: { confirmMissing: "20" },
		});
		const { file_number: thirdNumber } = await childRow(third.id);
		const validated = await errorOf(
			mergeDossier({
				db: db(),
				actor: staffActor(admin),
				childId: existing.id,
				input: { targetFileNumber: String(thirdNumber) },
			}),
		);
		expect(validated.code).toBe("CONFLICT");
		expect(validated.fieldErrors).toEqual({ form: ["families.staff.merge.notSubmitted"] });
	});
});

describe("unlinkGuardian", () => {
	it("takes the child away from the guardian at once and tells them", async () => {
		const tenant = await createTestTenant();
		const child = await createTestChild(tenant.group, { lastName: "Hermans", firstName: "Noor" });
		const removed = await createTestUser({ language: "nl" });
		await joinByCode(child, tenant, removed);

		await unlinkGuardian({ db: db(), actor: staffActor(tenant.admin), childId: child.id, guardianId: removed.id });

		expect(await isGuardian(db(), removed.id, child.id)).toBe(false);
		expect(await isGuardian(db(), child.guardian.id, child.id)).toBe(true);
		expect(await listChildrenOfGuardian(db(), removed.id)).toEqual([]);
		const error = await errorOf(
			saveGeneralData({ db: db(), actor: guardianActor(removed), childId: child.id, input: completeGeneralData }),
		);
		expect(error.code).toBe("NOT_FOUND");
		expect(await mailsTo(removed.email, "family.guardian-removed")).toEqual([
			{
				language: "nl",
				data: { firstName: removed.firstName, childName: "Noor Hermans", groupName: tenant.group.name },
			},
		]);
		expect(await auditActions(child.id, "child.guardian.unlinked")).toEqual([
			expect.objectContaining({ actor_user_id: tenant.admin.id, details: JSON.stringify({ guardianId: removed.id }) }),
		]);

		const again = await errorOf(
			unlinkGuardian({ db: db(), actor: staffActor(tenant.admin), childId: child.id, guardianId: removed.id }),
		);
		expect(again.code).toBe("NOT_FOUND");
	});

	it("is refused to a reader and unknown to another group's staff", async () => {
		const tenant = await createTestTenant();
		const other = await createTestTenant();
		const child = await createTestChild(tenant.group);
		await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
		const guardianId = child.guardian.id;

		const reader = await errorOf(
			unlinkGuardian({ db: db(), actor: staffActor(tenant.reader), childId: child.id, guardianId }),
		);
		expect(reader.code).toBe("FORBIDDEN");
		const stranger = await errorOf(
			unlinkGuardian({ db: db(), actor: staffActor(other.admin), childId: child.id, guardianId }),
		);
		expect(stranger.code).toBe("NOT_FOUND");
		expect(await isGuardian(db(), guardianId, child.id)).toBe(true);
		expect(await mailsTo(child.guardian.email, "family.guardian-removed")).toEqual([]);
	});
});

describe("remindGuardians", () => {
	it("sends one reminder to each guardian, in their language", async () => {
		const tenant = await createTestTenant();
		const french = await createTestUser({ language: "fr" });
		const child = await createTestChild(tenant.group, { guardian: french });
		await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
		const dutch = await createTestUser({ language: "nl" });
		await joinByCode(child, tenant, dutch);

		expect(await remindGuardians({ db: db(), actor: staffActor(tenant.manager), childId: child.id })).toEqual({
			mailed: 2,
		});

		const frenchMails = await mailsTo(french.email, "family.dossier-reminder");
		expect(frenchMails).toEqual([{ language: "fr", data: expect.objectContaining({ firstName: french.firstName }) }]);
		expect(frenchMails[0]?.data.url).toContain(`/children/${child.id}/general`);
		expect(await mailsTo(dutch.email, "family.dossier-reminder")).toEqual([
			{ language: "nl", data: expect.objectContaining({ firstName: dutch.firstName, groupName: tenant.group.name }) },
		]);
		expect(await auditActions(child.id, "child.guardians.reminded")).toEqual([
			expect.objectContaining({ details: JSON.stringify({ mailed: 2 }) }),
		]);
	});

	it("answers CONFLICT for a child without guardian", async () => {
		const tenant = await createTestTenant();
		const child = await createTestChild(tenant.group);
		await unlinkGuardian({
			db: db(),
			actor: staffActor(tenant.admin),
			childId: child.id,
			guardianId: child.guardian.id,
		});

		const error = await errorOf(remindGuardians({ db: db(), actor: staffActor(tenant.admin), childId: child.id }));
		expect(error.code).toBe("CONFLICT");
		expect(error.fieldErrors).toEqual({ form: ["families.staff.guardians.noGuardian"] });
		expect(await mailsTo(child.guardian.email, "family.dossier-reminder")).toEqual([]);
		expect(await auditActions(child.id, "child.guardians.reminded")).toEqual([]);
	});

	it("is refused to a reader and unknown to another group's staff", async () => {
		const tenant = await createTestTenant();
		const other = await createTestTenant();
		const child = await createTestChild(tenant.group);
		await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
		expect(
			(await errorOf(remindGuardians({ db: db(), actor: staffActor(tenant.reader), childId: child.id }))).code,
		).toBe("FORBIDDEN");
		expect((await errorOf(remindGuardians({ db: db(), actor: staffActor(other.admin), childId: child.id }))).code).toBe(
			"NOT_FOUND",
		);
		expect(await mailsTo(child.guardian.email, "family.dossier-reminder")).toEqual([]);
	});
});

describe("saveDossierSettings", () => {
	async function mandatoryFields(groupId: string): Promise<unknown> {
		const group = await db()
			.selectFrom("groups")
			.select("mandatory_fields")
			.where("id", "=", groupId)
			.executeTakeFirstOrThrow();
		return JSON.parse(group.mandatory_fields);
	}

	it("lets a group admin choose the required fields, stored in the settings page's order", async () => {
		const { group, admin } = await createTestTenant();
		await saveDossierSettings({
			db: db(),
			actor: staffActor(admin),
			input: { requiredFields: ["emergencyContact", "doctorName", "school"] },
		});
		expect(await mandatoryFields(group.id)).toEqual(["school", "doctorName", "emergencyContact"]);

		await saveDossierSettings({ db: db(), actor: staffActor(admin), input: {} });
		expect(await mandatoryFields(group.id)).toEqual([]);
		const audit = await db()
			.selectFrom("audit_events")
			.select(["actor_user_id", "details"])
			.where("target_id", "=", group.id)
			.where("action", "=", "group.dossier_settings.updated")
			.orderBy("occurred_at")
			.orderBy("id")
			.execute();
		expect(audit.map((row) => JSON.parse(row.details))).toEqual([
			{ requiredFields: "school,doctorName,emergencyContact" },
			{ requiredFields: "" },
		]);
	});

	it("is refused to a house manager and a reader", async () => {
		const { group, manager, reader } = await createTestTenant();
		for (const member of [manager, reader]) {
			const error = await errorOf(
				saveDossierSettings({ db: db(), actor: staffActor(member), input: { requiredFields: ["doctorName"] } }),
			);
			expect(error.code).toBe("FORBIDDEN");
		}
		expect(await mandatoryFields(group.id)).toEqual([]);
	});

	it("rejects field names it does not know and keeps the settings", async () => {
		const { group, admin } = await createTestTenant();
		await saveDossierSettings({ db: db(), actor: staffActor(admin), input: { requiredFields: ["swimming"] } });

		const error = await errorOf(
			saveDossierSettings({
				db: db(),
				actor: staffActor(admin),
				input: { requiredFields: ["doctorName", "favouriteColour"] as never },
			}),
		);
		expect(error.code).toBe("VALIDATION");
		expect(Object.keys(error.fieldErrors)).toEqual(["requiredFields.1"]);
		expect(await mandatoryFields(group.id)).toEqual(["swimming"]);
	});
});

describe("readMedicalData", () => {
	async function childWithHealthSheet() {
		const tenant = await createTestTenant();
		const child = await createTestChild(tenant.group);
		await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
		const actor = guardianActor(child.guardian);
		await saveMedicalData({ db: db(), actor, childId: child.id, input: { doctorName: "Dr Simon", confirm: "on" } });
		await addAllergy({
			db: db(),
			actor,
			childId: child.id,
			input: { allergen: "Pollen", reactions: "Rhinite", whatToDo: "Antihistaminique" },
		});
		return { ...tenant, child };
	}

	it("writes every staff read to the audit log", async () => {
		const { admin, reader, group, child } = await childWithHealthSheet();

		const sheet = await readMedicalData({ db: db(), actor: staffActor(admin), childId: child.id });
		expect(sheet.medical).toMatchObject({ doctor_name: "Dr Simon" });
		expect(sheet.allergies).toEqual([expect.objectContaining({ allergen: "Pollen" })]);
		expect(sheet.medications).toEqual([]);
		// A reader of the child's house sees the allergies and medications, not the sheet.
		const animatorView = await readMedicalData({ db: db(), actor: staffActor(reader), childId: child.id });
		expect(animatorView.medical).toBeUndefined();
		expect(animatorView.allergies).toEqual([expect.objectContaining({ allergen: "Pollen" })]);

		const audit = await auditActions(child.id, "child.medical.viewed");
		expect(audit.map((row) => row.actor_user_id).sort()).toEqual([admin.id, reader.id].sort());
		expect(audit.every((row) => row.group_id === group.id && row.ip_address === "127.0.0.1")).toBe(true);
		for (const row of audit) expect(row.details).not.toContain("Pollen");
	});

	it("does not audit a guardian's own read", async () => {
		const { child } = await childWithHealthSheet();
		const sheet = await readMedicalData({ db: db(), actor: guardianActor(child.guardian), childId: child.id });
		expect(sheet.allergies).toHaveLength(1);
		expect(await auditActions(child.id, "child.medical.viewed")).toEqual([]);
	});

	it("finds nothing, and audits nothing, for another group's staff or another parent", async () => {
		const { group, child } = await childWithHealthSheet();
		const other = await createTestTenant();
		const neighbour = await createTestChild(group);

		expect((await errorOf(readMedicalData({ db: db(), actor: staffActor(other.admin), childId: child.id }))).code).toBe(
			"NOT_FOUND",
		);
		expect(
			(await errorOf(readMedicalData({ db: db(), actor: guardianActor(neighbour.guardian), childId: child.id }))).code,
		).toBe("NOT_FOUND");
		expect(await auditActions(child.id, "child.medical.viewed")).toEqual([]);
	});
});
