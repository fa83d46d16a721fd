import type { Database } from "#app/db/db.server.ts";
import type { OfferKind } from "#app/db/schema.ts";

/** What an audit row needs to name things: its target and the ids in its details. */
export type AuditRowRefs = { target_type: string | null; target_id: string | null; details: string };

/** Names of the things a page of audit rows speaks of, by id; a missing id was deleted. */
export type AuditNames = {
	users: Map<string, string>;
	children: Map<string, string>;
	offers: Map<string, { title: string; kind: OfferKind }>;
	houses: Map<string, string>;
	periods: Map<string, string>;
	invitations: Map<string, string>;
	/** A registration's child and offer, named (either may be gone). */
	registrations: Map<string, { child: string | null; offer: { title: string; kind: OfferKind } | null }>;
};

/** The details JSON of a row, or nothing when it is not an object. */
export function detailsOf(row: { details: string }): Record<string, unknown> {
	try {
		const parsed: unknown = JSON.parse(row.details);
		return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
			? (parsed as Record<string, unknown>)
			: {};
	} catch {
		return {};
	}
}

const text = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : undefined);
const fullName = (row: { first_name: string | null; last_name: string | null }) =>
	[row.first_name, row.last_name].filter(Boolean).join(" ");

/** Ids per kind of entity, from targets and from the detail fields that hold ids. */
function idsOf(rows: AuditRowRefs[]) {
	const ids = {
		users: new Set<string>(),
		children: new Set<string>(),
		offers: new Set<string>(),
		houses: new Set<string>(),
		periods: new Set<string>(),
		invitations: new Set<string>(),
		registrations: new Set<string>(),
	};
	const targetKinds: Record<string, keyof typeof ids> = {
		user: "users",
		child: "children",
		offer: "offers",
		house: "houses",
		period: "periods",
		invitation: "invitations",
		registration: "registrations",
	};
	for (const row of rows) {
		const kind = row.target_type ? targetKinds[row.target_type] : undefined;
		if (kind && row.target_id) ids[kind].add(row.target_id);
		const details = detailsOf(row);
		for (const [field, kind] of [
			["offerId", "offers"],
			["from", "offers"],
			["childId", "children"],
			["into", "children"],
			["houseId", "houses"],
			["guardianId", "users"],
		] as const) {
			const id = text(details[field]);
			// `from` is also an old e-mail address (auth.email.changed): ids only.
			if (id && !id.includes("@")) ids[kind].add(id);
		}
	}
	return ids;
}

/** Bound parameters stay far below SQLite's and PostgreSQL's limits, even for an export. */
const CHUNK = 500;

async function inChunks<Row>(ids: Set<string>, query: (chunk: string[]) => Promise<Row[]>): Promise<Row[]> {
	const all = [...ids];
	const rows: Row[] = [];
	for (let start = 0; start < all.length; start += CHUNK) rows.push(...(await query(all.slice(start, start + CHUNK))));
	return rows;
}

/**
 * Names everything a page of a group's audit rows refers to, with one query per kind of
 * entity (more only for exports beyond 500 ids of a kind), never one per row. Children,
 * offers, houses, periods, invitations and registrations are looked up within the group;
 * people by id, since they are named in the group's own log.
 */
export async function resolveAuditNames(db: Database, groupId: string, rows: AuditRowRefs[]): Promise<AuditNames> {
	const ids = idsOf(rows);
	const [users, children, offers, houses, periods, invitations, registrations] = await Promise.all([
		inChunks(ids.users, (chunk) =>
			db.selectFrom("users").select(["id", "first_name", "last_name", "email"]).where("id", "in", chunk).execute(),
		),
		inChunks(ids.children, (chunk) =>
			db
				.selectFrom("children")
				.select(["id", "first_name", "last_name"])
				.where("group_id", "=", groupId)
				.where("id", "in", chunk)
				.execute(),
		),
		inChunks(ids.offers, (chunk) =>
			db
				.selectFrom("offers")
				.select(["id", "title", "kind"])
				.where("group_id", "=", groupId)
				.where("id", "in", chunk)
				.execute(),
		),
		inChunks(ids.houses, (chunk) =>
			db.selectFrom("houses").select(["id", "name"]).where("group_id", "=", groupId).where("id", "in", chunk).execute(),
		),
		inChunks(ids.periods, (chunk) =>
			db
				.selectFrom("periods")
				.select(["id", "name"])
				.where("group_id", "=", groupId)
				.where("id", "in", chunk)
				.execute(),
		),
		inChunks(ids.invitations, (chunk) =>
			db
				.selectFrom("staff_invitations")
				.select(["id", "email"])
				.where("group_id", "=", groupId)
				.where("id", "in", chunk)
				.execute(),
		),
		inChunks(ids.registrations, (chunk) =>
			db
				.selectFrom("registrations")
				.leftJoin("children", "children.id", "registrations.child_id")
				.leftJoin("offers", "offers.id", "registrations.offer_id")
				.select(["registrations.id", "children.first_name", "children.last_name", "offers.title", "offers.kind"])
				.where("registrations.group_id", "=", groupId)
				.where("registrations.id", "in", chunk)
				.execute(),
		),
	]);
	return {
		users: new Map(users.map((user) => [user.id, fullName(user) || user.email])),
		children: new Map(children.map((child) => [child.id, fullName(child)])),
		offers: new Map(offers.map((offer) => [offer.id, { title: offer.title, kind: offer.kind }])),
		houses: new Map(houses.map((house) => [house.id, house.name])),
		periods: new Map(periods.map((period) => [period.id, period.name])),
		invitations: new Map(invitations.map((invitation) => [invitation.id, invitation.email])),
		registrations: new Map(
			registrations.map((registration) => [
				registration.id,
				{
					child: registration.first_name === null ? null : fullName(registration),
					offer:
						registration.title === null || registration.kind === null
							? null
							: { title: registration.title, kind: registration.kind },
				},
			]),
		),
	};
}
