import type { z } from "zod";
import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { type StaffAccess, staffPermissions } from "../groups/permissions.ts";
import { parseInput } from "../validation.ts";
import { allRequirableFields } from "./dossier-fields.ts";
import { dossierSettingsSchema } from "./staff-dossier-input.ts";

/** Group settings: which optional dossier fields the group requires before registration. */
export async function saveDossierSettings(options: {
	db: Database;
	/** A group admin. */
	actor: Actor & { access: StaffAccess };
	input: z.input<typeof dossierSettingsSchema>;
}): Promise<void> {
	const { db, actor } = options;
	if (!staffPermissions(actor.access).manageSettings) throw new AppError("FORBIDDEN");
	const input = parseInput(dossierSettingsSchema, options.input);
	const required = allRequirableFields.filter((field) => input.requiredFields.includes(field));
	await withTransaction(db, async (trx) => {
		await trx
			.updateTable("groups")
			.set({ mandatory_fields: JSON.stringify(required), updated_at: nowIso() })
			.where("id", "=", actor.access.groupId)
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "group.dossier_settings.updated",
			targetType: "group",
			targetId: actor.access.groupId,
			ipAddress: actor.ipAddress,
			details: { requiredFields: required.join(",") },
		});
	});
}
