import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { findPublicationForStaff } from "#app/domain/documents/published-documents.repository.server.ts";
import { isId } from "#app/infra/ids.ts";
import { attachmentResponse } from "../../../messages/+shared/attachment-response.server.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/file";

/**
 * The file of a publication of the member's houses (withdrawn ones too), checked on every
 * request: 404 for anyone else. Each staff download is written to the audit log.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	if (!isId(params.publicationId)) throw data(null, { status: 404 });
	const publication = await findPublicationForStaff(getDb(), staff.access, params.publicationId);
	if (!publication) throw data(null, { status: 404 });
	await recordAuditEvent(getDb(), {
		actorUserId: staff.actor.userId,
		groupId: staff.group.id,
		action: "document.file.downloaded",
		targetType: "published_document",
		targetId: publication.id,
		ipAddress: staff.actor.ipAddress,
		details: { title: publication.title, houseId: publication.house_id },
	});
	return attachmentResponse({
		storage_key: publication.storage_key,
		media_type: publication.media_type,
		name: publication.file_name,
	});
}
