import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { openPublishedDocument } from "#app/domain/documents/open-published-document.server.ts";
import { isId } from "#app/infra/ids.ts";
import { attachmentResponse } from "../../../messages/+shared/attachment-response.server.ts";
import type { Route } from "./+types/file";

/**
 * A document a house published for the child, for a current guardian of the child, checked on
 * every request (the guardianship is in the query): 404 for anyone else, for another child's
 * copy and once the house has withdrawn it. The family's first download marks it opened.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const viewer = await requireViewer(request, context);
	if (!isId(params.childId) || !isId(params.documentId)) throw data(null, { status: 404 });
	const document = await openPublishedDocument({
		db: getDb(),
		userId: viewer.userId,
		childId: params.childId,
		recipientId: params.documentId,
	});
	if (!document) throw data(null, { status: 404 });
	return attachmentResponse({
		storage_key: document.storage_key,
		media_type: document.media_type,
		name: document.name,
	});
}
