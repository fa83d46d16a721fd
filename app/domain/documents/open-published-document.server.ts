import type { Database } from "#app/db/db.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import {
	findPublishedDocumentForGuardian,
	markPublishedDocumentOpened,
} from "./published-documents.repository.server.ts";

/**
 * A guardian downloads a document published for their child: found only while they are a
 * guardian of the child and the publication is not withdrawn (undefined otherwise, which the
 * route answers with 404). The first download by any guardian of the family marks it opened,
 * for the house's « ouvert » count; later ones change nothing.
 */
export async function openPublishedDocument(options: {
	db: Database;
	userId: string;
	childId: string;
	recipientId: string;
}) {
	const { db, userId } = options;
	const document = await findPublishedDocumentForGuardian(db, options);
	if (!document) return undefined;
	if (!document.opened_at) await markPublishedDocumentOpened(db, { recipientId: document.id, userId, at: nowIso() });
	return document;
}
