import type { Database } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { staffPermissions } from "../groups/permissions.ts";
import {
	type ChildViewer,
	findChild,
	findMedical,
	listAllergies,
	listMedications,
} from "./families.repository.server.ts";

/**
 * The health sheet with its allergies and medications, for a guardian of the child or a staff
 * member who sees it (its group's admins, its houses' managers and readers). Readers
 * (animators) get the allergies and medications only: `medical` is then undefined
 * (decision 013). Every staff read is written to the audit log. NOT_FOUND outside the scope.
 */
export async function readMedicalData(options: {
	db: Database;
	actor: Actor & { viewer: ChildViewer };
	childId: string;
}) {
	const { db, actor, childId } = options;
	const child = await findChild(db, actor.viewer, childId);
	if (!child) throw new AppError("NOT_FOUND");
	const animatorView = actor.viewer.kind === "staff" && staffPermissions(actor.viewer.access).animatorView;
	if (actor.viewer.kind === "staff") {
		await recordAuditEvent(db, {
			actorUserId: actor.userId,
			groupId: child.group_id,
			action: "child.medical.viewed",
			targetType: "child",
			targetId: child.id,
			ipAddress: actor.ipAddress,
			details: animatorView ? { view: "animator" } : {},
		});
	}
	const [medical, allergies, medications] = await Promise.all([
		animatorView ? undefined : findMedical(db, child.id),
		listAllergies(db, child.id),
		listMedications(db, child.id),
	]);
	return { medical, allergies, medications };
}
