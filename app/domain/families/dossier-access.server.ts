import type { Database } from "#app/db/db.server.ts";
import type { DossierSection } from "#app/db/schema.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { staffPermissions } from "../groups/permissions.ts";
import { type ChildRecord, type ChildViewer, findChild } from "./families.repository.server.ts";

/** Someone changing a dossier: a guardian of the child, or a staff member of its group. */
export type DossierActor = Actor & { viewer: ChildViewer };

/**
 * The child the actor may change, read inside the transaction: NOT_FOUND outside their scope
 * (nothing is revealed), FORBIDDEN for read-only staff.
 */
export async function childForChange(trx: Database, actor: DossierActor, childId: string): Promise<ChildRecord> {
	const child = await findChild(trx, actor.viewer, childId);
	if (!child) throw new AppError("NOT_FOUND");
	if (actor.viewer.kind === "staff" && staffPermissions(actor.viewer.access).readOnly) {
		throw new AppError("FORBIDDEN");
	}
	return child;
}

/**
 * Writes who changed which fields of a section (the history guardians and staff see) and the
 * matching audit row. Field names only: values, national numbers and medical data stay out.
 */
export async function recordDossierChange(
	trx: Database,
	options: { actor: DossierActor; child: { id: string; group_id: string }; section: DossierSection; fields: string[] },
): Promise<void> {
	const { actor, child, section, fields } = options;
	const at = nowIso();
	await trx
		.insertInto("child_changes")
		.values({
			id: newId(),
			child_id: child.id,
			section,
			user_id: actor.userId,
			by_staff: actor.viewer.kind === "staff",
			fields: JSON.stringify(fields),
			created_at: at,
		})
		.execute();
	await recordAuditEvent(trx, {
		actorUserId: actor.userId,
		groupId: child.group_id,
		action: `child.${section}.updated`,
		targetType: "child",
		targetId: child.id,
		ipAddress: actor.ipAddress,
		details: { fields: fields.join(","), byStaff: actor.viewer.kind === "staff" },
	});
}

/** The keys whose value differs between what is stored and what is saved. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
	return Object.keys(after).filter((key) => (before[key] ?? null) !== (after[key] ?? null));
}
