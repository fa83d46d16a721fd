import type { Database } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { childIdsInHouse, whereChildInHouses } from "#app/domain/families/enrolments.repository.server.ts";
import { canSeeHouse, type StaffAccess, staffPermissions } from "#app/domain/groups/permissions.ts";
import { broadcastFamilies } from "#app/domain/messaging/broadcast-families.server.ts";

/**
 * Who a published document goes to (decision 038): one family (a child of the house: its
 * guardians), the families of one of the house's offers (every live registration, or only the
 * accepted, or only the waiting: the broadcast's rule, decision 031), or every family of the
 * house (its children, decision 013).
 */
export type PublicationAudience =
	| { kind: "family"; houseId: string; childId: string }
	| { kind: "offer"; offerId: string; status: "all" | "accepted" | "waiting" }
	| { kind: "house"; houseId: string };

/**
 * The house publishing and the children reached (one per family, each child once), as
 * `broadcastFamilies` counts them for a message (but an archived house's children count too),
 * so the count shown is what gets published.
 *
 * @throws AppError FORBIDDEN for read-only staff; NOT_FOUND for an offer, a house or a child
 *   outside the member's houses (a child not in the house is not found either).
 */
export async function publicationFamilies(
	db: Database,
	access: StaffAccess,
	audience: PublicationAudience,
	today: string,
): Promise<{ houseId: string; childIds: string[] }> {
	// Another house is none of the member's business (404) before their role is (403).
	if (audience.kind !== "offer" && !canSeeHouse(access, audience.houseId)) throw new AppError("NOT_FOUND");
	if (staffPermissions(access).readOnly) throw new AppError("FORBIDDEN");
	if (audience.kind === "family") {
		const child = await db
			.selectFrom("children")
			.select("children.id")
			.where("children.id", "=", audience.childId)
			.where("children.group_id", "=", access.groupId)
			.where("children.status", "!=", "merged")
			.where(whereChildInHouses([audience.houseId], today))
			.executeTakeFirst();
		if (!child) throw new AppError("NOT_FOUND");
		return { houseId: audience.houseId, childIds: [child.id] };
	}
	if (audience.kind === "house") {
		// Read here, not through `broadcastFamilies`: the inbox no longer offers an archived house,
		// but the families still there read what it publishes, and the page offers it.
		const house = await db
			.selectFrom("houses")
			.select("id")
			.where("id", "=", audience.houseId)
			.where("group_id", "=", access.groupId)
			.executeTakeFirst();
		if (!house) throw new AppError("NOT_FOUND");
		return { houseId: house.id, childIds: await childIdsInHouse(db, access.groupId, house.id, today) };
	}
	const families = await broadcastFamilies(db, access, audience, today);
	const offer = await db
		.selectFrom("offers")
		.select("house_id")
		.where("id", "=", audience.offerId)
		.executeTakeFirstOrThrow();
	return { houseId: offer.house_id, childIds: families.map((family) => family.childId) };
}

/**
 * The children of a house a member may publish to one by one, by name, at most 500 (the
 * choice of « Une famille »).
 */
export async function listPublicationChildren(db: Database, access: StaffAccess, houseId: string, today: string) {
	if (!canSeeHouse(access, houseId)) return [];
	return db
		.selectFrom("children")
		.select(["children.id", "children.first_name", "children.last_name", "children.file_number"])
		.where("children.group_id", "=", access.groupId)
		.where("children.status", "!=", "merged")
		.where(whereChildInHouses([houseId], today))
		.orderBy("children.last_name")
		.orderBy("children.first_name")
		.orderBy("children.id")
		.limit(500)
		.execute();
}

/** The offers of a house not over by `today`, soonest first, at most 200. */
export async function listPublicationOffers(db: Database, access: StaffAccess, houseId: string, today: string) {
	if (!canSeeHouse(access, houseId)) return [];
	return db
		.selectFrom("offers")
		.select(["offers.id", "offers.title", "offers.first_day"])
		.where("offers.group_id", "=", access.groupId)
		.where("offers.house_id", "=", houseId)
		.where("offers.archived_at", "is", null)
		.where("offers.last_day", ">=", today)
		.orderBy("offers.first_day")
		.orderBy("offers.title")
		.limit(200)
		.execute();
}
