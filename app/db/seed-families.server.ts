import type { Database } from "#app/db/db.server.ts";
import { addAllergy } from "#app/domain/families/add-allergy.server.ts";
import { createDossier } from "#app/domain/families/create-dossier.server.ts";
import type { DossierActor } from "#app/domain/families/dossier-access.server.ts";
import { enrolChild } from "#app/domain/families/enrol-child.server.ts";
import { saveContact } from "#app/domain/families/save-contact.server.ts";
import { saveDossierSettings } from "#app/domain/families/save-dossier-settings.server.ts";
import { saveGeneralData } from "#app/domain/families/save-general-data.server.ts";
import { saveMedicalData } from "#app/domain/families/save-medical-data.server.ts";
import { saveParentProfile } from "#app/domain/families/save-parent-profile.server.ts";
import { saveSupplementaryData } from "#app/domain/families/save-supplementary-data.server.ts";
import { validateDossier } from "#app/domain/families/validate-dossier.server.ts";
import { findHouseByName } from "#app/domain/groups/groups.repository.server.ts";
import { findStaffAccess } from "#app/domain/groups/staff.repository.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";

/** The demo family, listed in the README: two children and a code for a second parent. */
export const demoFamily = {
	complete: { firstName: "Nino", lastName: "Forius", nationalNumber: "18.03.15-123.49" },
	incomplete: { firstName: "Léa", lastName: "Forius" },
	/** Links a second guardian to Nino (the other parent): group code LIMBOURG. */
	childCode: "MAMAN-PAPA2",
} as const;

const SEED_ADDRESS = "127.0.0.1";

/**
 * Gives the demo parent « Mes données » and two children through the real use cases: Nino's
 * dossier complete, validated and enrolled in the crèche, Léa's just introduced (so its
 * warnings show) and in no house yet. Idempotent:
 * a parent who already has children is left alone.
 */
export async function seedDemoFamily(
	db: Database,
	options: { parentId: string; adminId: string; groupId: string; groupCode: string },
): Promise<string[]> {
	const { parentId, adminId, groupId, groupCode } = options;
	const existing = await db
		.selectFrom("guardianships")
		.select("child_id")
		.where("user_id", "=", parentId)
		.executeTakeFirst();
	if (existing) return [];
	const access = await findStaffAccess(db, adminId, groupId);
	if (!access) return [];
	const admin = { userId: adminId, ipAddress: SEED_ADDRESS, access };
	const parent = { userId: parentId, ipAddress: SEED_ADDRESS };
	const guardian: DossierActor = { ...parent, viewer: { kind: "guardian", userId: parentId } };

	await saveDossierSettings({
		db,
		actor: admin,
		input: { requiredFields: ["doctorName", "doctorPhone", "tetanus", "allergiesAnswered", "emergencyContact"] },
	});
	await saveParentProfile({
		db,
		actor: parent,
		input: {
			lastName: "Forius",
			firstName: "Alain",
			motherTongue: "fr",
			street: "Rue du Bonheur",
			houseNumber: "6",
			postalCode: "4830",
			locality: "Limbourg",
			country: "BE",
			mobilePhone: "0470 12 34 56",
			activityCategory: "employee",
		},
	});

	const { childId: ninoId } = await createDossier({
		db,
		actor: parent,
		input: { groupCode, lastName: demoFamily.complete.lastName, firstName: demoFamily.complete.firstName },
	});
	await saveGeneralData({
		db,
		actor: guardian,
		childId: ninoId,
		input: {
			...demoFamily.complete,
			street: "Rue du Bonheur",
			houseNumber: "6",
			postalCode: "4830",
			locality: "Limbourg",
			country: "BE",
			language: "fr",
		},
	});
	await saveSupplementaryData({
		db,
		actor: guardian,
		childId: ninoId,
		input: {
			school: "École communale de Dolhain",
			schoolClass: "2e primaire",
			livesWith: "alternating",
			livesWithDetails: "Une semaine sur deux chez chaque parent ; adresse principale : Rue du Bonheur 6.",
			mutuality: "Solidaris",
			consent_photos_internal: "yes",
			consent_photos_public: "no",
			consent_first_aid: "yes",
		},
	});
	await saveMedicalData({
		db,
		actor: guardian,
		childId: ninoId,
		input: {
			doctorName: "Dr Anne Lambert",
			doctorPhone: "087/31.22.44",
			tetanus: "yes",
			tetanusLastBooster: "2024-09-12",
			hasAllergies: "yes",
			swimming: "with_aids",
			diet: "Sans porc",
			confirm: "on",
		},
	});
	await addAllergy({
		db,
		actor: guardian,
		childId: ninoId,
		input: {
			allergen: "Arachides",
			reactions: "Gonflement des lèvres, urticaire",
			whatToDo: "Donner l'antihistaminique de son sac ; appeler le 112 en cas de gêne respiratoire.",
		},
	});
	for (const contact of [
		{ name: "Mireille Forius", relation: "Grand-mère", phone: "0485 22 33 44", role: "emergency" },
		{ name: "Paul Renard", relation: "Voisin", phone: "0496 55 66 77", role: "pickup" },
		{ name: "Kevin Dubois", relation: "Ancien compagnon de la mère", phone: "0477 99 88 77", role: "not_allowed" },
	] as const) {
		await saveContact({ db, actor: guardian, childId: ninoId, input: contact });
	}
	await validateDossier({ db, actor: admin, childId: ninoId, input: { entryDate: "2023-09-01" } });
	// Nino goes to the crèche: its manager (marc.creche) sees his dossier; Léa has no house yet.
	const creche = await findHouseByName(db, groupId, "Crèche Les Petits Lutins");
	if (creche) {
		await enrolChild({ db, actor: admin, childId: ninoId, input: { houseId: creche.id, startsOn: "2023-09-01" } });
	}
	await db
		.insertInto("child_codes")
		.values({
			id: newId(),
			child_id: ninoId,
			group_id: groupId,
			code: demoFamily.childCode.replace("-", ""),
			created_by_user_id: adminId,
			created_at: nowIso(),
			used_at: null,
			used_by_user_id: null,
			revoked_at: null,
		})
		.execute();

	await createDossier({
		db,
		actor: parent,
		input: { groupCode, lastName: demoFamily.incomplete.lastName, firstName: demoFamily.incomplete.firstName },
	});
	return ["demo family (Nino, complete, at the crèche; Léa, incomplete)", `child code ${demoFamily.childCode}`];
}
