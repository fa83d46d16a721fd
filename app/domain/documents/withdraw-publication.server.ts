import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { Actor } from "#app/domain/actor.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { type StaffAccess, staffPermissions } from "#app/domain/groups/permissions.ts";
import { nowIso } from "#app/infra/clock.ts";
import { findPublicationForStaff } from "./published-documents.repository.server.ts";

/**
 * « Retirer »: the publication disappears for every family at once (lists and downloads), the
 * row, its recipients and its file stay for the house's list and the audit. Withdrawing twice
 * changes nothing.
 *
 * @throws AppError FORBIDDEN for read-only staff; NOT_FOUND for a publication outside the
 *   member's houses.
 */
export async function withdrawPublication(options: {
	db: Database;
	actor: Actor;
	access: StaffAccess;
	publicationId: string;
}): Promise<void> {
	const { db, actor, access } = options;
	if (staffPermissions(access).readOnly) throw new AppError("FORBIDDEN");
	await withTransaction(db, async (trx) => {
		const publication = await findPublicationForStaff(trx, access, options.publicationId);
		if (!publication) throw new AppError("NOT_FOUND");
		if (publication.withdrawn_at) return;
		await trx
			.updateTable("published_documents")
			.set({ withdrawn_at: nowIso(), withdrawn_by_user_id: actor.userId })
			.where("id", "=", publication.id)
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: access.groupId,
			action: "document.withdrawn",
			targetType: "published_document",
			targetId: publication.id,
			ipAddress: actor.ipAddress,
			details: { title: publication.title, houseId: publication.house_id },
		});
	});
}
