import { data, type RouterContextProvider } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { findUpload } from "#app/domain/documents/uploads.repository.server.ts";
import { staffPermissions } from "#app/domain/groups/permissions.ts";
import { isId } from "#app/infra/ids.ts";
import { requireStaff, type StaffContext } from "../../../+shared/staff-context.server.ts";

/**
 * Families' documents are for those who decide on them: group admins and house managers.
 * Readers (animators) get 403, as for the administrative sections of a dossier (decision 013).
 */
export function requireUploadReviewer(staff: StaffContext): void {
	if (staffPermissions(staff.access).readOnly) throw data(null, { status: 403 });
}

/**
 * An upload of the member's houses (`:uploadId`): 404 outside them (another group, another
 * house), then 403 for readers.
 */
export async function staffUpload(args: {
	request: Request;
	context: Readonly<RouterContextProvider>;
	params: { groupId?: string; uploadId?: string };
}) {
	const staff = await requireStaff(args.request, args.context, args.params.groupId);
	if (!isId(args.params.uploadId)) throw data(null, { status: 404 });
	const upload = await findUpload(getDb(), { kind: "staff", access: staff.access }, args.params.uploadId);
	if (!upload) throw data(null, { status: 404 });
	requireUploadReviewer(staff);
	return { staff, upload };
}
