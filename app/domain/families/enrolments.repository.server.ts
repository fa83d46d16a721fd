import { type Expression, expressionBuilder, type SqlBool, sql } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import type { DB } from "#app/db/schema.ts";
import { houseScope, type StaffAccess } from "../groups/permissions.ts";
import { derivedEnrolmentSince, enrollingRegistrationStatuses } from "./enrolment-rules.ts";

/**
 * The one definition of « a child belongs to a house on `today` » (decision 013): an explicit
 * enrolment not ended before today, or a pending, accepted or waiting registration in an offer
 * of the house whose last day is at most `DERIVED_ENROLMENT_MONTHS` months ago. Both sides of
 * the relation are read from it: the children of some houses (`whereChildInHouses`) and the
 * houses of one child (`whereHouseOfChild`).
 */
function belonging(today: string) {
	const eb = expressionBuilder<DB>();
	return {
		enrolments: eb
			.selectFrom("enrolments")
			.where((inner) => inner.or([inner("enrolments.ends_on", "is", null), inner("enrolments.ends_on", ">=", today)])),
		registrations: eb
			.selectFrom("registrations")
			.innerJoin("offers", "offers.id", "registrations.offer_id")
			.where("offers.last_day", ">=", derivedEnrolmentSince(today))
			.where("registrations.status", "in", [...enrollingRegistrationStatuses]),
	};
}

/**
 * « This child belongs to one of these houses on `today` » (see `belonging`), for any query
 * that selects from `children`: `.where(whereChildInHouses(houseIds, today))`. No house:
 * nothing matches.
 */
export function whereChildInHouses(houseIds: readonly string[], today: string): Expression<SqlBool> {
	if (houseIds.length === 0) return sql<SqlBool>`1 = 0`;
	const eb = expressionBuilder<DB, "children">();
	const { enrolments, registrations } = belonging(today);
	return eb.or([
		eb("children.id", "in", enrolments.select("enrolments.child_id").where("enrolments.house_id", "in", [...houseIds])),
		eb(
			"children.id",
			"in",
			registrations.select("registrations.child_id").where("offers.house_id", "in", [...houseIds]),
		),
	]);
}

/**
 * « This house is one of the child's on `today` » (see `belonging`), for any query that selects
 * from `houses`: `.where(whereHouseOfChild(childId, today))`.
 */
export function whereHouseOfChild(childId: string, today: string): Expression<SqlBool> {
	const eb = expressionBuilder<DB, "houses">();
	const { enrolments, registrations } = belonging(today);
	return eb.or([
		eb("houses.id", "in", enrolments.select("enrolments.house_id").where("enrolments.child_id", "=", childId)),
		eb("houses.id", "in", registrations.select("offers.house_id").where("registrations.child_id", "=", childId)),
	]);
}

/**
 * The ids of the group's children (merged ones left out) who belong to house `houseId` on
 * `today` (see `whereChildInHouses`), in id order: the audience of a house-wide message or
 * publication. The caller checks that the member may address the house.
 */
export async function childIdsInHouse(
	db: Database,
	groupId: string,
	houseId: string,
	today: string,
): Promise<string[]> {
	const children = await db
		.selectFrom("children")
		.select("children.id")
		.where("children.group_id", "=", groupId)
		.where("children.status", "!=", "merged")
		.where(whereChildInHouses([houseId], today))
		.orderBy("children.id")
		.execute();
	return children.map((child) => child.id);
}

/**
 * The staff member's scope over children, for a query on `children`: the group, and for house
 * managers and readers the children of their houses on `today`. Group admins: the whole group.
 */
export function whereChildVisibleToStaff(access: StaffAccess, today: string): Expression<SqlBool> {
	const eb = expressionBuilder<DB, "children">();
	const inGroup = eb("children.group_id", "=", access.groupId);
	const houses = houseScope(access);
	return houses === null ? inGroup : eb.and([inGroup, whereChildInHouses(houses, today)]);
}

/** A child's explicit enrolments, current and past, newest first, with their house. */
export async function listEnrolmentsOfChild(db: Database, childId: string) {
	return db
		.selectFrom("enrolments")
		.innerJoin("houses", "houses.id", "enrolments.house_id")
		.select([
			"enrolments.id",
			"enrolments.house_id",
			"enrolments.starts_on",
			"enrolments.ends_on",
			"enrolments.created_at",
			"houses.name as house_name",
			"houses.kind as house_kind",
		])
		.where("enrolments.child_id", "=", childId)
		.orderBy("enrolments.starts_on", "desc")
		.orderBy("enrolments.id", "desc")
		.execute();
}

/** The houses whose registrations tie the child to them on `today`, with the last offer's last day. */
export async function listHousesByRegistration(db: Database, childId: string, today: string) {
	return db
		.selectFrom("registrations")
		.innerJoin("offers", "offers.id", "registrations.offer_id")
		.select(["offers.house_id", (eb) => eb.fn.max("offers.last_day").as("last_day")])
		.where("registrations.child_id", "=", childId)
		.where("registrations.status", "in", [...enrollingRegistrationStatuses])
		.where("offers.last_day", ">=", derivedEnrolmentSince(today))
		.groupBy("offers.house_id")
		.execute();
}

const houseContactColumns = [
	"houses.id",
	"houses.name",
	"houses.kind",
	"houses.address",
	"houses.postal_code",
	"houses.locality",
	"houses.phone",
	"houses.email",
	"houses.description",
] as const;

/**
 * « Les maisons de l'enfant »: the houses of the child's group it belongs to on `today`
 * (`whereHouseOfChild`, decision 013), by name, with what parents need to reach them. One
 * statement.
 */
export async function listHousesOfChild(db: Database, child: { id: string; group_id: string }, today: string) {
	return db
		.selectFrom("houses")
		.select(houseContactColumns)
		.where("houses.group_id", "=", child.group_id)
		.where(whereHouseOfChild(child.id, today))
		.orderBy("houses.name")
		.orderBy("houses.id")
		.execute();
}

/** Houses by id, with what parents need to reach them. */
export async function findHousesByIds(db: Database, groupId: string, houseIds: string[]) {
	if (houseIds.length === 0) return [];
	return db
		.selectFrom("houses")
		.select(houseContactColumns)
		.where("houses.group_id", "=", groupId)
		.where("houses.id", "in", houseIds)
		.orderBy("houses.name")
		.execute();
}
