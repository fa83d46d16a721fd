import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { findUpload } from "#app/domain/documents/uploads.repository.server.ts";
import { isId } from "#app/infra/ids.ts";
import { attachmentResponse } from "../../../messages/+shared/attachment-response.server.ts";
import type { Route } from "./+types/upload-file";

/**
 * A document sent about the child, for any current guardian of it, checked on every request:
 * 404 for anyone else (another family, a guardian removed from the child) and for a document of
 * another child.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const viewer = await requireViewer(request, context);
	if (!isId(params.childId) || !isId(params.uploadId)) throw data(null, { status: 404 });
	const upload = await findUpload(getDb(), { kind: "guardian", userId: viewer.userId }, params.uploadId);
	if (!upload || upload.child_id !== params.childId) throw data(null, { status: 404 });
	return attachmentResponse(upload);
}
