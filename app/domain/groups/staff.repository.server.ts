import { type Database, withTransaction } from "#app/db/db.server.ts";
import { forUpdate } from "#app/db/dialect.server.ts";
import type { StaffRole } from "#app/db/schema.ts";
import { rebuildUnreadThreadsOfMember } from "../messaging/unread-threads.repository.server.ts";
import type { StaffAccess } from "./permissions.ts";

/** The viewer's membership of a group with the houses it covers, or undefined. */
export async function findStaffAccess(db: Database, userId: string, groupId: string): Promise<StaffAccess | undefined> {
	const membership = await db
		.selectFrom("staff_memberships")
		.select(["id", "group_id", "user_id", "role"])
		.where("user_id", "=", userId)
		.where("group_id", "=", groupId)
		.executeTakeFirst();
	if (!membership) return undefined;
	// House managers and readers work in given houses; admins in all of them.
	const houses =
		membership.role !== "admin"
			? await db
					.selectFrom("staff_membership_houses")
					.select("house_id")
					.where("membership_id", "=", membership.id)
					.execute()
			: [];
	return {
		groupId: membership.group_id,
		membershipId: membership.id,
		userId: membership.user_id,
		role: membership.role,
		houseIds: membership.role !== "admin" ? houses.map((house) => house.house_id) : null,
	};
}

/** The groups a person works for, for the group switcher. */
export async function listGroupsOfStaffMember(db: Database, userId: string) {
	return db
		.selectFrom("staff_memberships")
		.innerJoin("groups", "groups.id", "staff_memberships.group_id")
		.select(["groups.id", "groups.name", "groups.code", "staff_memberships.role"])
		.where("staff_memberships.user_id", "=", userId)
		.orderBy("groups.name")
		.execute();
}

export async function isOperator(db: Database, userId: string): Promise<boolean> {
	const row = await db.selectFrom("operators").select("user_id").where("user_id", "=", userId).executeTakeFirst();
	return row !== undefined;
}

/** The group's staff with their houses. Scoped by group in the query. */
export async function listStaffOfGroup(db: Database, groupId: string) {
	const members = await db
		.selectFrom("staff_memberships")
		.innerJoin("users", "users.id", "staff_memberships.user_id")
		.select([
			"staff_memberships.id",
			"staff_memberships.role",
			"staff_memberships.created_at",
			"users.id as user_id",
			"users.first_name",
			"users.last_name",
			"users.email",
		])
		.where("staff_memberships.group_id", "=", groupId)
		.orderBy("users.last_name")
		.orderBy("users.first_name")
		.execute();
	const houses = await db
		.selectFrom("staff_membership_houses")
		.innerJoin("staff_memberships", "staff_memberships.id", "staff_membership_houses.membership_id")
		.innerJoin("houses", "houses.id", "staff_membership_houses.house_id")
		.select(["staff_membership_houses.membership_id", "houses.id", "houses.name"])
		.where("staff_memberships.group_id", "=", groupId)
		.orderBy("houses.name")
		.execute();
	return members.map((member) => ({
		...member,
		houses: houses.filter((house) => house.membership_id === member.id).map(({ id, name }) => ({ id, name })),
	}));
}

/**
 * Locks the group's row until the end of the transaction, so that changes to its staff are
 * serialised: two admins demoting or removing each other at the same moment cannot both see
 * "two admins left" (PostgreSQL `FOR UPDATE`; SQLite's BEGIN IMMEDIATE already serialises
 * writers). Call it first, before reading the memberships the change depends on.
 */
export async function lockGroupStaff(trx: Database, groupId: string): Promise<void> {
	await forUpdate(trx, trx.selectFrom("groups").select("id").where("id", "=", groupId)).executeTakeFirst();
}

export async function countAdmins(db: Database, groupId: string): Promise<number> {
	const row = await db
		.selectFrom("staff_memberships")
		.select((eb) => eb.fn.countAll<number>().as("count"))
		.where("group_id", "=", groupId)
		.where("role", "=", "admin")
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

/**
 * Creates or replaces a person's membership of a group, with the houses of a house manager or
 * reader, in one transaction under `lockGroupStaff` (the caller's, if it is in one). The
 * member's unread threads are written again with it (decision 040): the lock keeps a message
 * sent meanwhile from missing them.
 */
export async function saveMembership(
	database: Database,
	membership: { id: string; groupId: string; userId: string; role: StaffRole; houseIds: string[]; at: string },
): Promise<string> {
	return withTransaction(database, async (db) => {
		await lockGroupStaff(db, membership.groupId);
		const existing = await db
			.selectFrom("staff_memberships")
			.select("id")
			.where("group_id", "=", membership.groupId)
			.where("user_id", "=", membership.userId)
			.executeTakeFirst();
		const id = existing?.id ?? membership.id;
		if (existing) {
			await db
				.updateTable("staff_memberships")
				.set({ role: membership.role, updated_at: membership.at })
				.where("id", "=", id)
				.execute();
			await db.deleteFrom("staff_membership_houses").where("membership_id", "=", id).execute();
		} else {
			await db
				.insertInto("staff_memberships")
				.values({
					id,
					group_id: membership.groupId,
					user_id: membership.userId,
					role: membership.role,
					created_at: membership.at,
					updated_at: membership.at,
				})
				.execute();
		}
		if (membership.role !== "admin" && membership.houseIds.length > 0) {
			await db
				.insertInto("staff_membership_houses")
				.values(membership.houseIds.map((houseId) => ({ membership_id: id, house_id: houseId })))
				.execute();
		}
		// The member's unread threads follow the houses they now see (decision 040).
		await rebuildUnreadThreadsOfMember(db, { groupId: membership.groupId, userId: membership.userId });
		return id;
	});
}

/** Keeps only the ids of houses that belong to the group (never trust ids from a form). */
export async function housesOfGroup(db: Database, groupId: string, houseIds: string[]): Promise<string[]> {
	if (houseIds.length === 0) return [];
	const rows = await db
		.selectFrom("houses")
		.select("id")
		.where("group_id", "=", groupId)
		.where("id", "in", houseIds)
		.execute();
	return rows.map((row) => row.id);
}

/** A membership of the given group (never of another one). */
export async function findMembershipOfGroup(db: Database, groupId: string, membershipId: string) {
	return db
		.selectFrom("staff_memberships")
		.select(["id", "user_id", "role"])
		.where("id", "=", membershipId)
		.where("group_id", "=", groupId)
		.executeTakeFirst();
}
