import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { DocumentUploadType } from "#app/db/schema.ts";
import type { Actor } from "#app/domain/actor.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { findHouseForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { canEditHouse, type StaffAccess } from "#app/domain/groups/permissions.ts";
import { requirableDocumentTypes } from "./document-uploads.ts";

/**
 * « Documents demandés » of a house: the types every child enrolled or registered in it must
 * have accepted (decision 037). Set by those who edit the house (group admins, the house's
 * managers); replaces the previous list.
 *
 * @throws AppError NOT_FOUND for a house outside the member's scope; FORBIDDEN for readers;
 *   VALIDATION `types: uploads.required.typeUnknown` for a type that cannot be required.
 */
export async function setRequiredDocuments(options: {
	db: Database;
	actor: Actor & { access: StaffAccess };
	houseId: string;
	types: readonly string[];
}): Promise<void> {
	const { db, actor } = options;
	const types = [...new Set(options.types)];
	if (types.some((type) => !(requirableDocumentTypes as readonly string[]).includes(type))) {
		throw new AppError("VALIDATION", { fieldErrors: { types: ["uploads.required.typeUnknown"] } });
	}
	await withTransaction(db, async (trx) => {
		const house = await findHouseForStaff(trx, actor.access, options.houseId);
		if (!house) throw new AppError("NOT_FOUND");
		if (!canEditHouse(actor.access, house.id)) throw new AppError("FORBIDDEN");
		await trx.deleteFrom("house_required_documents").where("house_id", "=", house.id).execute();
		if (types.length > 0) {
			await trx
				.insertInto("house_required_documents")
				.values(types.map((type) => ({ house_id: house.id, type: type as DocumentUploadType })))
				.execute();
		}
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "house.required_documents.updated",
			targetType: "house",
			targetId: house.id,
			ipAddress: actor.ipAddress,
			details: { types: types.join(",") },
		});
	});
}
