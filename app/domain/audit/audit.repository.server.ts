import type { Database } from "#app/db/db.server.ts";

export type AuditFilter = {
	groupId: string;
	/** Events of this area (`auth`, `child`…: what their action starts with, before the dot). */
	area?: string;
	/** Events whose action starts with this (e.g. `staff.` or `house.updated`). */
	actionPrefix?: string;
	actorUserId?: string;
	/** Inclusive bounds, ISO instants. */
	from?: string;
	to?: string;
	/** Keyset pagination: events strictly older than this one. */
	before?: { occurredAt: string; id: string };
	limit: number;
};

/**
 * A group's audit events, newest first, with who did them. Scoped by group in the WHERE
 * clause; an index on (group_id, occurred_at) serves it without scanning the table.
 */
export async function listAuditEvents(db: Database, filter: AuditFilter) {
	let query = db
		.selectFrom("audit_events")
		.leftJoin("users", "users.id", "audit_events.actor_user_id")
		.select([
			"audit_events.id",
			"audit_events.occurred_at",
			"audit_events.action",
			"audit_events.target_type",
			"audit_events.target_id",
			"audit_events.ip_address",
			"audit_events.details",
			"audit_events.actor_user_id",
			"users.first_name as actor_first_name",
			"users.last_name as actor_last_name",
			"users.email as actor_email",
		])
		.where("audit_events.group_id", "=", filter.groupId);
	if (filter.area) query = query.where("audit_events.area", "=", filter.area);
	if (filter.actionPrefix) {
		// A range rather than LIKE, which PostgreSQL cannot read from an index in every collation.
		const prefix = filter.actionPrefix;
		const after = `${prefix.slice(0, -1)}${String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)}`;
		query = query.where("audit_events.action", ">=", prefix).where("audit_events.action", "<", after);
	}
	if (filter.actorUserId) query = query.where("audit_events.actor_user_id", "=", filter.actorUserId);
	if (filter.from) query = query.where("audit_events.occurred_at", ">=", filter.from);
	if (filter.to) query = query.where("audit_events.occurred_at", "<=", filter.to);
	if (filter.before) {
		const { occurredAt, id } = filter.before;
		query = query.where((eb) =>
			eb.or([
				eb("audit_events.occurred_at", "<", occurredAt),
				eb.and([eb("audit_events.occurred_at", "=", occurredAt), eb("audit_events.id", "<", id)]),
			]),
		);
	}
	return query
		.orderBy("audit_events.occurred_at", "desc")
		.orderBy("audit_events.id", "desc")
		.limit(filter.limit)
		.execute();
}

/**
 * The people the actor filter offers: the group's staff members. (Reading the distinct actors
 * of the log itself would pass over the whole group's log, a million rows in a city; the
 * families who act are found by their dossier, not in this list.)
 */
export async function listAuditActors(db: Database, groupId: string) {
	return db
		.selectFrom("staff_memberships")
		.innerJoin("users", "users.id", "staff_memberships.user_id")
		.select(["users.id", "users.first_name", "users.last_name"])
		.where("staff_memberships.group_id", "=", groupId)
		.orderBy("users.last_name")
		.orderBy("users.first_name")
		.execute();
}
