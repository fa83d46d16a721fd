import type { Database } from "#app/db/db.server.ts";
import { messageHousesOfChild } from "#app/domain/messaging/message-houses.server.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { type MissingDocument, missingRequiredDocuments } from "./document-uploads.ts";
import { listRequiredDocuments, listUploadStatesOfChild } from "./uploads.repository.server.ts";

/**
 * The documents the child's houses require (those it is enrolled or registered in today,
 * decision 013) that no accepted upload covers: `missing`, or `pending` while the house has not
 * decided. A warning in the dossier's missing data; it does not block registrations (decision 037).
 */
export async function missingDocumentsOf(
	db: Database,
	child: { id: string; group_id: string },
): Promise<MissingDocument[]> {
	const houses = await messageHousesOfChild(db, child, dateInBrussels());
	const required = await listRequiredDocuments(
		db,
		houses.map((house) => house.id),
	);
	if (required.length === 0) return [];
	return missingRequiredDocuments(required, await listUploadStatesOfChild(db, child.id));
}
