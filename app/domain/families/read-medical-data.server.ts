import type { Database } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import {
	type ChildViewer,
	findChild,
	findMedical,
	listAllergies,
	listMedications,
} from "./families.repository.server.ts";

/**
 * The health sheet with its allergies and medications, for a guardian of the child or a staff
 * member of its group. Every staff read is written to the audit log.
 */
export async function readMedicalData(options: {
	db: Database;
	actor: Actor & { viewer: ChildViewer };
	childId: string;
}) {
	const { db, actor, childId } = options;
	const child = await findChild(db, actor.viewer, childId);
	if (!child) throw new AppError("NOT_FOUND");
	if (actor.viewer.kind === "staff") {
		await recordAuditEvent(db, {
			actorUserId: actor.userId,
			groupId: child.group_id,
			action: "child.medical.viewed",
			targetType: "child",
			targetId: child.id,
			ipAddress: actor.ipAddress,
		});
	}
	const [medical, allergies, medications] = await Promise.all([
		findMedical(db, child.id),
		listAllergies(db, child.id),
		listMedications(db, child.id),
	]);
	return { medical, allergies, medications };
}
