import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { findAttachment } from "#app/domain/messaging/messaging.repository.server.ts";
import { isId } from "#app/infra/ids.ts";
import { attachmentResponse } from "../../../messages/+shared/attachment-response.server.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/file";

/**
 * A file of a thread of the member's houses, checked on every request: 404 for anyone else.
 * Each staff download is written to the audit log (a family's files, like its health data).
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	if (!isId(params.threadId) || !isId(params.attachmentId)) throw data(null, { status: 404 });
	const attachment = await findAttachment(getDb(), { kind: "staff", access: staff.access }, params.attachmentId);
	if (!attachment || attachment.thread_id !== params.threadId) throw data(null, { status: 404 });
	await recordAuditEvent(getDb(), {
		actorUserId: staff.actor.userId,
		groupId: staff.group.id,
		action: "message.file.downloaded",
		targetType: "child",
		targetId: attachment.child_id,
		ipAddress: staff.actor.ipAddress,
		details: { threadId: attachment.thread_id, attachmentId: attachment.id },
	});
	return attachmentResponse(attachment);
}
