import type { Database } from "#app/db/db.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import type { AuditAction } from "./audit-actions.ts";

export type AuditEvent = {
	/** Who did it; null for anonymous attempts (a failed sign-in with an unknown name). */
	actorUserId: string | null;
	/** The group the event belongs to, so that group admins can see it. */
	groupId?: string | null;
	/** Dotted verb, e.g. `auth.sign_in.succeeded`, `house.updated`; one of `auditActions`. */
	action: AuditAction;
	targetType?: string;
	targetId?: string;
	ipAddress?: string | null;
	/** Extra facts. Never secrets, tokens, national numbers or medical data. */
	details?: Record<string, string | number | boolean | null>;
};

/** Appends to the audit log. Pass the transaction of the change so both commit together. */
/** The area of an action: what comes before its first dot. */
export function auditAreaOf(action: string): string {
	return action.split(".", 1)[0] ?? "";
}

export async function recordAuditEvent(db: Database, event: AuditEvent): Promise<void> {
	await db
		.insertInto("audit_events")
		.values({
			id: newId(),
			occurred_at: nowIso(),
			actor_user_id: event.actorUserId,
			group_id: event.groupId ?? null,
			action: event.action,
			area: auditAreaOf(event.action),
			target_type: event.targetType ?? null,
			target_id: event.targetId ?? null,
			ip_address: event.ipAddress ?? null,
			details: JSON.stringify(event.details ?? {}),
		})
		.execute();
}
