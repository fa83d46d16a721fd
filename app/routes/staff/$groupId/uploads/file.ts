import { getDb } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { attachmentResponse } from "../../../messages/+shared/attachment-response.server.ts";
import { staffUpload } from "./+shared/upload-access.server.ts";
import type { Route } from "./+types/file";

/**
 * A family's document, for group admins and the managers of its house, checked on every
 * request. Each download is written to the audit log (a family's document may be a medical
 * certificate, and every staff read of health data is).
 */
export async function loader(args: Route.LoaderArgs) {
	const { staff, upload } = await staffUpload(args);
	await recordAuditEvent(getDb(), {
		actorUserId: staff.actor.userId,
		groupId: staff.group.id,
		action: "child.document.downloaded",
		targetType: "child",
		targetId: upload.child_id,
		ipAddress: staff.actor.ipAddress,
		details: { houseId: upload.house_id, uploadId: upload.id, type: upload.type },
	});
	return attachmentResponse(upload);
}
