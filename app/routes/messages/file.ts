import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { findAttachment } from "#app/domain/messaging/messaging.repository.server.ts";
import { isId } from "#app/infra/ids.ts";
import { attachmentResponse } from "./+shared/attachment-response.server.ts";
import type { Route } from "./+types/file";

/**
 * A file of a thread, for a current guardian of its child, checked on every request: 404 for
 * anyone else, for a staff-only note's file, and for a file of another thread.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const viewer = await requireViewer(request, context);
	if (!isId(params.threadId) || !isId(params.attachmentId)) throw data(null, { status: 404 });
	const attachment = await findAttachment(getDb(), { kind: "guardian", userId: viewer.userId }, params.attachmentId);
	if (!attachment || attachment.thread_id !== params.threadId) throw data(null, { status: 404 });
	return attachmentResponse(attachment);
}
