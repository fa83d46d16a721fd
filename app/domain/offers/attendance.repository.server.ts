import type { Database } from "#app/db/db.server.ts";
import { pageWindow } from "../list-page.ts";

/**
 * What animators need about the children of one offer: who comes, their medical alerts, who
 * may NOT pick them up, and how to reach their guardians. Queries take the children's ids so a
 * list costs a handful of queries, whatever its length; callers have already checked the
 * offer is within the staff member's scope.
 */
export async function listAttendees(
	db: Database,
	offerId: string,
	/** One day of an activity registered day by day: the children accepted for that day. */
	day?: string,
	/** One page (from 1) of `listPageSize` children and the next one; absent: all of them. */
	page?: number,
) {
	let query = db
		.selectFrom("registrations")
		.innerJoin("children", "children.id", "registrations.child_id")
		.select([
			"registrations.id",
			"registrations.with_care",
			"children.id as child_id",
			"children.file_number",
			"children.first_name",
			"children.last_name",
			"children.birth_date",
		])
		.where("registrations.offer_id", "=", offerId)
		.where("registrations.status", "=", "accepted");
	if (day) query = query.where("registrations.offer_day", "=", day);
	query = query.orderBy("children.last_name").orderBy("children.first_name").orderBy("registrations.id");
	if (page) {
		const { limit, offset } = pageWindow(page);
		query = query.limit(limit).offset(offset);
	}
	return query.execute();
}

export async function listAllergiesOf(db: Database, childIds: string[]) {
	if (childIds.length === 0) return [];
	return db
		.selectFrom("child_allergies")
		.select(["child_id", "allergen", "reactions", "what_to_do"])
		.where("child_id", "in", childIds)
		.orderBy("created_at")
		.execute();
}

export async function listMedicationsOf(db: Database, childIds: string[]) {
	if (childIds.length === 0) return [];
	return db
		.selectFrom("child_medications")
		.select(["child_id", "name", "dose", "times", "self_administered"])
		.where("child_id", "in", childIds)
		.orderBy("created_at")
		.execute();
}

/** Whom to call in an emergency, for these children (E.164 phones). */
export async function listEmergencyContactsOf(db: Database, childIds: string[]) {
	if (childIds.length === 0) return [];
	return db
		.selectFrom("child_contacts")
		.select(["child_id", "name", "relation", "phone", "phone_alt"])
		.where("child_id", "in", childIds)
		.where("role", "=", "emergency")
		.orderBy("created_at")
		.execute();
}

/** People who must NOT take these children away. */
export async function listNotAllowedOf(db: Database, childIds: string[]) {
	if (childIds.length === 0) return [];
	return db
		.selectFrom("child_contacts")
		.select(["child_id", "name", "relation", "phone", "notes"])
		.where("child_id", "in", childIds)
		.where("role", "=", "not_allowed")
		.orderBy("created_at")
		.execute();
}

export async function listGuardiansOf(db: Database, childIds: string[]) {
	if (childIds.length === 0) return [];
	return db
		.selectFrom("guardianships")
		.innerJoin("users", "users.id", "guardianships.user_id")
		.leftJoin("parent_profiles", "parent_profiles.user_id", "users.id")
		.select([
			"guardianships.child_id",
			"users.first_name",
			"users.last_name",
			"users.email",
			"parent_profiles.mobile_phone",
		])
		.where("guardianships.child_id", "in", childIds)
		.orderBy("guardianships.created_at")
		.execute();
}

/** Rows grouped by child id, in the order the query gave them. */
export function byChild<Row extends { child_id: string }>(rows: Row[]): Map<string, Row[]> {
	const grouped = new Map<string, Row[]>();
	for (const row of rows) grouped.set(row.child_id, [...(grouped.get(row.child_id) ?? []), row]);
	return grouped;
}
