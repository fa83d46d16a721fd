import type { Database } from "#app/db/db.server.ts";
import { consentKinds, contactRoles, type DossierSection } from "#app/db/schema.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import type { StaffAccess } from "../groups/permissions.ts";
import { listPageSize } from "../list-page.ts";
import type { DossierSnapshot } from "./dossier-fields.ts";
import { whereChildVisibleToStaff } from "./enrolments.repository.server.ts";
import { nameKey } from "./name-key.ts";

/**
 * Who looks at a child: one of its guardians, or a staff member of its group (house managers
 * and readers: only the children of their houses, decision 013). Every query below puts that
 * scope in its WHERE clause, so a child outside it simply is not found.
 */
export type ChildViewer = { kind: "guardian"; userId: string } | { kind: "staff"; access: StaffAccess };

const childColumns = [
	"children.id",
	"children.group_id",
	"children.file_number",
	"children.status",
	"children.submitted_at",
	"children.validated_at",
	"children.entry_date",
	"children.first_name",
	"children.last_name",
	"children.national_number",
	"children.birth_date",
	"children.sex",
	"children.street",
	"children.house_number",
	"children.postal_code",
	"children.locality",
	"children.country",
	"children.language",
	"children.debtor_user_id",
	"children.severe_disability",
	"children.updated_at",
] as const;

/** A child visible to the viewer, with its group; merged dossiers are gone for guardians. */
export async function findChild(db: Database, viewer: ChildViewer, childId: string) {
	let query = db
		.selectFrom("children")
		.innerJoin("groups", "groups.id", "children.group_id")
		.select(childColumns)
		.select([
			"groups.name as group_name",
			"groups.code as group_code",
			"groups.contact_phone as group_phone",
			"groups.contact_email as group_email",
			"groups.mandatory_fields as group_mandatory_fields",
			"children.merged_into_child_id",
		])
		.where("children.id", "=", childId);
	if (viewer.kind === "guardian") {
		query = query
			.where("children.status", "!=", "merged")
			.where("children.id", "in", (sub) =>
				sub.selectFrom("guardianships").select("child_id").where("user_id", "=", viewer.userId),
			);
	} else {
		query = query.where(whereChildVisibleToStaff(viewer.access, dateInBrussels()));
	}
	return query.executeTakeFirst();
}
export type ChildRecord = NonNullable<Awaited<ReturnType<typeof findChild>>>;

/** « Mes enfants »: the guardian's children, newest dossier last. */
export async function listChildrenOfGuardian(db: Database, userId: string) {
	return db
		.selectFrom("children")
		.innerJoin("guardianships", "guardianships.child_id", "children.id")
		.innerJoin("groups", "groups.id", "children.group_id")
		.select([...childColumns, "groups.name as group_name", "groups.mandatory_fields as group_mandatory_fields"])
		.where("guardianships.user_id", "=", userId)
		.where("children.status", "!=", "merged")
		.orderBy("children.first_name")
		.orderBy("children.submitted_at")
		.execute();
}

export async function isGuardian(db: Database, userId: string, childId: string): Promise<boolean> {
	const row = await db
		.selectFrom("guardianships")
		.select("child_id")
		.where("user_id", "=", userId)
		.where("child_id", "=", childId)
		.executeTakeFirst();
	return row !== undefined;
}

export async function findSupplementary(db: Database, childId: string) {
	return db.selectFrom("child_supplementary").selectAll().where("child_id", "=", childId).executeTakeFirst();
}

export async function listConsents(db: Database, childId: string) {
	return db
		.selectFrom("child_consents")
		.leftJoin("users", "users.id", "child_consents.given_by_user_id")
		.select([
			"child_consents.kind",
			"child_consents.granted",
			"child_consents.given_at",
			"users.first_name as given_by_first_name",
			"users.last_name as given_by_last_name",
		])
		.where("child_consents.child_id", "=", childId)
		.execute();
}

/** The health sheet. Callers on the staff side must audit the read (readMedicalData). */
export async function findMedical(db: Database, childId: string) {
	return db
		.selectFrom("child_medical")
		.leftJoin("users", "users.id", "child_medical.confirmed_by_user_id")
		.selectAll("child_medical")
		.select(["users.first_name as confirmed_by_first_name", "users.last_name as confirmed_by_last_name"])
		.where("child_medical.child_id", "=", childId)
		.executeTakeFirst();
}

export async function listAllergies(db: Database, childId: string) {
	return db
		.selectFrom("child_allergies")
		.select(["id", "allergen", "reactions", "what_to_do"])
		.where("child_id", "=", childId)
		.orderBy("created_at")
		.orderBy("id")
		.execute();
}

export async function listMedications(db: Database, childId: string) {
	return db
		.selectFrom("child_medications")
		.select(["id", "name", "dose", "times", "self_administered"])
		.where("child_id", "=", childId)
		.orderBy("created_at")
		.orderBy("id")
		.execute();
}

export async function listContacts(db: Database, childId: string) {
	return db
		.selectFrom("child_contacts")
		.select(["id", "name", "relation", "phone", "phone_alt", "role", "notes"])
		.where("child_id", "=", childId)
		.orderBy("created_at")
		.orderBy("id")
		.execute();
}

export async function listGuardians(db: Database, childId: string) {
	return db
		.selectFrom("guardianships")
		.innerJoin("users", "users.id", "guardianships.user_id")
		.leftJoin("parent_profiles", "parent_profiles.user_id", "users.id")
		.select([
			"users.id as user_id",
			"users.first_name",
			"users.last_name",
			"users.email",
			"users.language",
			"parent_profiles.mobile_phone",
			"guardianships.linked_via",
			"guardianships.created_at",
		])
		.where("guardianships.child_id", "=", childId)
		.orderBy("guardianships.created_at")
		.execute();
}

/** Who changed a section and when, newest first. */
export async function listChanges(db: Database, childId: string, section: DossierSection, limit = 10) {
	const rows = await db
		.selectFrom("child_changes")
		.leftJoin("users", "users.id", "child_changes.user_id")
		.select([
			"child_changes.id",
			"child_changes.by_staff",
			"child_changes.fields",
			"child_changes.created_at",
			"users.first_name",
			"users.last_name",
		])
		.where("child_changes.child_id", "=", childId)
		.where("child_changes.section", "=", section)
		.orderBy("child_changes.created_at", "desc")
		.orderBy("child_changes.id", "desc")
		.limit(limit)
		.execute();
	return rows.map((row) => ({ ...row, fields: JSON.parse(row.fields) as string[] }));
}

/** SQLite gives booleans back as 0/1. */
function nullableBoolean(value: boolean | number | null | undefined): boolean | null {
	return value === null || value === undefined ? null : Boolean(value);
}

/**
 * Everything the completeness rules look at (dossier-fields.ts), in one statement: the child,
 * its supplementary and medical rows (one each at most), and counts of its consents, allergies,
 * medications and contacts by role. Every dossier page, the catalogue and « S'inscrire » read
 * it, so one round trip instead of seven matters most on PostgreSQL (issue 15).
 * Errors: throws when the child does not exist (callers have read it already).
 */
export async function loadDossierSnapshot(db: Database, childId: string): Promise<DossierSnapshot> {
	const row = await db
		.selectFrom("children")
		.leftJoin("child_supplementary", "child_supplementary.child_id", "children.id")
		.leftJoin("child_medical", "child_medical.child_id", "children.id")
		.select([
			"children.last_name",
			"children.first_name",
			"children.birth_date",
			"children.national_number",
			"children.sex",
			"children.street",
			"children.house_number",
			"children.locality",
			"children.postal_code",
			"children.country",
			"children.language",
			"child_supplementary.school",
			"child_supplementary.school_class",
			"child_supplementary.lives_with",
			"child_supplementary.mutuality",
			"child_medical.doctor_name",
			"child_medical.doctor_phone",
			"child_medical.tetanus",
			"child_medical.has_allergies",
			"child_medical.takes_medication",
			"child_medical.swimming",
			"child_medical.confirmed_at",
		])
		.select((eb) => {
			const rowsOf = (table: "child_consents" | "child_allergies" | "child_medications" | "child_contacts") =>
				eb
					.selectFrom(table)
					.select((inner) => inner.fn.countAll<string | number>().as("count"))
					.whereRef(`${table}.child_id`, "=", "children.id");
			return [
				rowsOf("child_consents").as("consents_answered"),
				rowsOf("child_allergies").as("allergy_count"),
				rowsOf("child_medications").as("medication_count"),
				...contactRoles.map((role) =>
					rowsOf("child_contacts").where("child_contacts.role", "=", role).as(`contacts_${role}`),
				),
			];
		})
		.where("children.id", "=", childId)
		.executeTakeFirstOrThrow();
	const contactCount = (role: (typeof contactRoles)[number]) => Number(row[`contacts_${role}`] ?? 0);
	return {
		general: {
			lastName: row.last_name,
			firstName: row.first_name,
			birthDate: row.birth_date,
			nationalNumber: row.national_number,
			sex: row.sex,
			street: row.street,
			houseNumber: row.house_number,
			locality: row.locality,
			postalCode: row.postal_code,
			country: row.country,
			language: row.language,
		},
		supplementary: {
			school: row.school ?? null,
			schoolClass: row.school_class ?? null,
			livesWith: row.lives_with ?? null,
			mutuality: row.mutuality ?? null,
			consentsAnswered: Number(row.consents_answered ?? 0),
			consentsAsked: consentKinds.length,
		},
		medical: {
			doctorName: row.doctor_name ?? null,
			doctorPhone: row.doctor_phone ?? null,
			tetanus: row.tetanus ?? null,
			hasAllergies: nullableBoolean(row.has_allergies),
			allergyCount: Number(row.allergy_count ?? 0),
			takesMedication: nullableBoolean(row.takes_medication),
			medicationCount: Number(row.medication_count ?? 0),
			swimming: row.swimming ?? null,
			confirmedAt: row.confirmed_at ?? null,
		},
		// One entry per contact, as the rules read it (`roles.includes("pickup")`).
		contacts: { roles: contactRoles.flatMap((role) => Array<string>(contactCount(role)).fill(role)) },
	};
}

export const dossierPageSize = listPageSize;

/**
 * The dossiers a staff member sees (the group's for admins, their houses' children for the
 * others): by name or file number, and status; newest first.
 */
export async function searchChildren(
	db: Database,
	access: StaffAccess,
	/**
	 * `from` / `to`: ISO instants bounding the submission (inclusive); `page` from 1, of
	 * `dossierPageSize` rows.
	 */
	filters: { query?: string; status?: string; from?: string; to?: string; page?: number },
) {
	let query = db
		.selectFrom("children")
		.select([
			"children.id",
			"children.file_number",
			"children.first_name",
			"children.last_name",
			"children.status",
			"children.birth_date",
			"children.submitted_at",
		])
		.where(whereChildVisibleToStaff(access, dateInBrussels()));
	if (filters.status) query = query.where("children.status", "=", filters.status as never);
	else query = query.where("children.status", "!=", "merged");
	if (filters.from) query = query.where("children.submitted_at", ">=", filters.from);
	if (filters.to) query = query.where("children.submitted_at", "<=", filters.to);
	const text = filters.query?.trim();
	if (text) {
		// File numbers are 32-bit integers; longer digit strings match no dossier.
		if (/^\d{1,9}$/.test(text)) {
			query = query.where("children.file_number", "=", Number(text));
		} else {
			for (const word of text.split(/\s+/)) {
				const key = nameKey(word).replace(/\|$/, "");
				if (key) query = query.where("children.name_key", "like", `%${escapeLike(key)}%`);
			}
		}
	}
	const page = Math.max(1, filters.page ?? 1);
	const rows = await query
		.orderBy("children.submitted_at", "desc")
		.orderBy("children.file_number", "desc")
		.limit(dossierPageSize + 1)
		.offset((page - 1) * dossierPageSize)
		.execute();
	return { rows: rows.slice(0, dossierPageSize), hasMore: rows.length > dossierPageSize, page };
}

function escapeLike(value: string): string {
	return value.replace(/[\\%_]/g, "");
}

/** How many dossiers the staff member sees, by status (same scope as `searchChildren`). */
export async function countChildrenByStatus(db: Database, access: StaffAccess) {
	const rows = await db
		.selectFrom("children")
		.select(["children.status", (eb) => eb.fn.countAll<string | number>().as("count")])
		.where(whereChildVisibleToStaff(access, dateInBrussels()))
		.groupBy("children.status")
		.execute();
	return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)])) as Partial<
		Record<"submitted" | "validated" | "merged", number>
	>;
}

/** Codes handed out for a child: active first. */
export async function listChildCodes(db: Database, groupId: string, childId: string) {
	return db
		.selectFrom("child_codes")
		.leftJoin("users", "users.id", "child_codes.used_by_user_id")
		.select([
			"child_codes.id",
			"child_codes.code",
			"child_codes.created_at",
			"child_codes.used_at",
			"child_codes.revoked_at",
			"users.first_name as used_by_first_name",
			"users.last_name as used_by_last_name",
		])
		.where("child_codes.group_id", "=", groupId)
		.where("child_codes.child_id", "=", childId)
		.orderBy("child_codes.created_at", "desc")
		.execute();
}

/** The parent's own « Mes données », national number included: read for that parent only, never for staff screens. */
export async function findParentProfile(db: Database, userId: string) {
	return db
		.selectFrom("users")
		.leftJoin("parent_profiles", "parent_profiles.user_id", "users.id")
		.select([
			"users.email",
			"users.first_name",
			"users.last_name",
			"users.message_mail",
			"parent_profiles.mother_tongue",
			"parent_profiles.street",
			"parent_profiles.house_number",
			"parent_profiles.postal_code",
			"parent_profiles.locality",
			"parent_profiles.country",
			"parent_profiles.mobile_phone",
			"parent_profiles.activity_category",
			"parent_profiles.national_number",
			"parent_profiles.updated_at",
		])
		.where("users.id", "=", userId)
		.executeTakeFirst();
}
