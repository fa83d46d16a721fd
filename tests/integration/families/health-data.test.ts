/**
 * Health data that is safe to rely on (decision 026): an answer « Oui » needs its list, dates of
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
import { validateDossier } from "#app/domain/families/validate-dossier.server.ts";
import { now, pinClock } from "#app/infra/clock.ts";
import * as staffOverview from "#app/routes/staff/$groupId/children/$childId/index.server.ts";
import {
	completeGeneralData,
	createTestChild,
	createTestTenant,
	guardianActor,
	sessionCookieFor,
	staffActor,
} from "#tests/factories.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";

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

describe("validating a dossier with missing items", () => {
	async function statusOfChild(childId: string) {
		return (await db().selectFrom("children").select("status").where("id", "=", childId).executeTakeFirstOrThrow())
			.status;
	}

	it("is refused without the confirmation, or when more is missing than confirmed, and audited with the count", async () => {
		const { group, admin } = await createTestTenant();
		const child = await createTestChild(group);
		// createTestChild leaves 7 general items empty (birth date, national number, sex, address).
		const actor = staffActor(admin);
		const refused = await errorOf(validateDossier({ db: db(), actor, childId: child.id, input: {} }));
		expect(refused.code).toBe("VALIDATION");
		expect(refused.fieldErrors).toEqual({ confirmMissing: ["families.staff.validate.confirmRequired"] });
		const stale = await errorOf(
			validateDossier({ db: db(), actor, childId: child.id, input: { confirmMissing: "6" } }),
		);
		expect(stale.fieldErrors).toEqual({ confirmMissing: ["families.staff.validate.moreMissing"] });
		expect(await statusOfChild(child.id)).toBe("submitted");

		await validateDossier({ db: db(), actor, childId: child.id, input: { confirmMissing: "7" } });
		expect(await statusOfChild(child.id)).toBe("validated");
		const audit = await db()
			.selectFrom("audit_events")
			.select("details")
			.where("target_id", "=", child.id)
			.where("action", "=", "child.validated")
			.executeTakeFirstOrThrow();
		expect(JSON.parse(audit.details)).toEqual({ missingCount: 7, missingSections: "general" });
	});

	it("needs no confirmation for a complete dossier", async () => {
		const { child, actors } = await setUp();
		await validateDossier({ db: db(), actor: actors.staff, childId: child.id, input: {} });
		expect(await statusOfChild(child.id)).toBe("validated");
	});

	it("answers the staff form with the message on the checkbox, then validates once it is ticked", async () => {
		const { group, admin } = await createTestTenant();
		const child = await createTestChild(group);
		const place = {
			url: `/staff/${group.id}/children/${child.id}`,
			params: { groupId: group.id, childId: child.id },
			headers: { cookie: await sessionCookieFor(admin) },
		};
		const loaded = await callRoute(staffOverview.loader as never, place);
		const { missing } = loaded.value as Awaited<ReturnType<typeof staffOverview.loader>>;
		expect(missing?.general).toHaveLength(7);

		const refused = await callRoute(staffOverview.action as never, { ...place, form: { intent: "validate" } });
		expect(statusOf(refused.value)).toBe(400);
		expect(JSON.stringify(refused.value)).toContain("families.staff.validate.confirmRequired");
		expect(await statusOfChild(child.id)).toBe("submitted");

		const confirmed = await callRoute(staffOverview.action as never, {
			...place,
			form: { intent: "validate", confirmMissing: "7" },
		});
		expect(statusOf(confirmed.value)).toBe(302);
		expect(await statusOfChild(child.id)).toBe("validated");
	});
});
