import type { Database } from "#app/db/db.server.ts";
import type { NewGroup, NewHouse } from "#app/db/schema.ts";

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
