import type { Database } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { enrollingRegistrationStatuses } from "#app/domain/families/enrolment-rules.ts";
import { childIdsInHouse } from "#app/domain/families/enrolments.repository.server.ts";
import {
	canSeeHouse,
	houseScope,
	isGroupAdmin,
	type StaffAccess,
	staffPermissions,
} from "#app/domain/groups/permissions.ts";

/**
 * Who a broadcast reaches: the children registered for an offer (every live registration:
 * pending, accepted, waiting; or only the accepted, or only the waiting), the children of a
 * house (decision 013), or of every house of the group. Each child's guardians are one family
 * and get their own thread with the house.
 */
export type BroadcastAudience =
	| { kind: "offer"; offerId: string; status: "all" | "accepted" | "waiting" }
	| { kind: "house"; houseId: string }
	| { kind: "group" };

/**
 * The families of an audience, one row per child with the house its thread goes to (for the
 * group, a child in several houses is reached once, through the first house by name).
 *
 * @throws AppError FORBIDDEN for read-only staff and for a whole-group broadcast by anyone but
 *   a group admin; NOT_FOUND for an offer or a house outside the member's houses.
 */
export async function broadcastFamilies(
	db: Database,
	access: StaffAccess,
	audience: BroadcastAudience,
	today: string,
): Promise<{ childId: string; houseId: string }[]> {
	if (staffPermissions(access).readOnly) throw new AppError("FORBIDDEN");
	if (audience.kind === "offer") {
		const offer = await db
			.selectFrom("offers")
			.select(["id", "house_id"])
			.where("id", "=", audience.offerId)
			.where("group_id", "=", access.groupId)
			.executeTakeFirst();
		if (!offer || !canSeeHouse(access, offer.house_id)) throw new AppError("NOT_FOUND");
		const statuses = audience.status === "all" ? [...enrollingRegistrationStatuses] : [audience.status];
		const rows = await db
			.selectFrom("registrations")
			.innerJoin("children", "children.id", "registrations.child_id")
			.select("registrations.child_id")
			.distinct()
			.where("registrations.offer_id", "=", offer.id)
			.where("registrations.status", "in", statuses)
			.where("children.status", "!=", "merged")
			.orderBy("registrations.child_id")
			.execute();
		return rows.map((row) => ({ childId: row.child_id, houseId: offer.house_id }));
	}
	let houses = db
		.selectFrom("houses")
		.select(["id", "name"])
		.where("group_id", "=", access.groupId)
		.where("archived_at", "is", null)
		.orderBy("name")
		.orderBy("id");
	if (audience.kind === "house") {
		if (!canSeeHouse(access, audience.houseId)) throw new AppError("NOT_FOUND");
		houses = houses.where("id", "=", audience.houseId);
	} else if (!isGroupAdmin(access)) {
		throw new AppError("FORBIDDEN");
	}
	const houseRows = await houses.execute();
	if (audience.kind === "house" && houseRows.length === 0) throw new AppError("NOT_FOUND");
	const seen = new Map<string, string>();
	for (const house of houseRows) {
		for (const childId of await childIdsInHouse(db, access.groupId, house.id, today)) {
			if (!seen.has(childId)) seen.set(childId, house.id);
		}
	}
	return [...seen].map(([childId, houseId]) => ({ childId, houseId }));
}

/** The offers (camps, activities) of the member's houses not over by `today`, soonest first, at most 200. */
export async function listBroadcastOffers(db: Database, access: StaffAccess, today: string) {
	let offers = db
		.selectFrom("offers")
		.innerJoin("houses", "houses.id", "offers.house_id")
		.select(["offers.id", "offers.title", "offers.first_day", "houses.name as house_name"])
		.where("offers.group_id", "=", access.groupId)
		.where("offers.archived_at", "is", null)
		.where("offers.last_day", ">=", today)
		.orderBy("offers.first_day")
		.orderBy("offers.title")
		.limit(200);
	const scope = houseScope(access);
	if (scope)
		offers = scope.length > 0 ? offers.where("offers.house_id", "in", scope) : offers.where("offers.id", "=", "");
	return offers.execute();
}
