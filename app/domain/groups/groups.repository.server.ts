import { sql } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import type { NewGroup, NewHouse } from "#app/db/schema.ts";
import { houseScope, type StaffAccess } from "./permissions.ts";

export async function insertGroup(db: Database, group: NewGroup) {
	await db.insertInto("groups").values(group).execute();
}

export async function insertHouse(db: Database, house: NewHouse) {
	await db.insertInto("houses").values(house).execute();
}

export async function findGroupByCode(db: Database, code: string) {
	return db.selectFrom("groups").selectAll().where("code", "=", code).executeTakeFirst();
}

export async function findHouseByName(db: Database, groupId: string, name: string) {
	return db
		.selectFrom("houses")
		.selectAll()
		.where("group_id", "=", groupId)
		.where("name", "=", name)
		.executeTakeFirst();
}

/** Groups with their houses, for the public directory. Two queries, no per-group round trip. */
export async function listGroupsWithHouses(db: Database) {
	const groups = await db
		.selectFrom("groups")
		.select(["id", "name", "code", "contact_phone", "contact_email"])
		.orderBy("name")
		.execute();
	const houses = await db
		.selectFrom("houses")
		.select(["id", "group_id", "name", "kind", "address", "postal_code", "locality"])
		.orderBy("name")
		.execute();
	return groups.map((group) => ({
		...group,
		houses: houses.filter((house) => house.group_id === group.id),
	}));
}

const houseColumns = [
	"id",
	"group_id",
	"name",
	"kind",
	"address",
	"postal_code",
	"locality",
	"phone",
	"email",
	"description",
	"archived_at",
] as const;

/** The houses a staff member works with: all of the group's, or a house manager's own. */
export async function listHousesForStaff(db: Database, access: StaffAccess) {
	let query = db.selectFrom("houses").select(houseColumns).where("group_id", "=", access.groupId);
	const scope = houseScope(access);
	if (scope) query = scope.length > 0 ? query.where("id", "in", scope) : query.where(sql<boolean>`1 = 0`);
	return query.orderBy("name").execute();
}

/** One house, only if it is within the member's scope (the check is in the WHERE clause). */
export async function findHouseForStaff(db: Database, access: StaffAccess, houseId: string) {
	let query = db
		.selectFrom("houses")
		.select(houseColumns)
		.where("group_id", "=", access.groupId)
		.where("id", "=", houseId);
	const scope = houseScope(access);
	if (scope) query = scope.length > 0 ? query.where("id", "in", scope) : query.where(sql<boolean>`1 = 0`);
	return query.executeTakeFirst();
}

export async function findGroupById(db: Database, groupId: string) {
	return db.selectFrom("groups").selectAll().where("id", "=", groupId).executeTakeFirst();
}

export async function listAllGroups(db: Database) {
	const groups = await db.selectFrom("groups").selectAll().orderBy("name").execute();
	const counts = await db
		.selectFrom("staff_memberships")
		.select(["group_id", (eb) => eb.fn.countAll<number>().as("staff")])
		.groupBy("group_id")
		.execute();
	return groups.map((group) => ({
		...group,
		staffCount: Number(counts.find((count) => count.group_id === group.id)?.staff ?? 0),
	}));
}
