import { data, type RouterContextProvider } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { requireViewer, type Viewer } from "#app/domain/accounts/session.server.ts";
import type { Actor } from "#app/domain/actor.ts";
import { findGroupById } from "#app/domain/groups/groups.repository.server.ts";
import { type StaffAccess, staffPermissions } from "#app/domain/groups/permissions.ts";
import { findStaffAccess } from "#app/domain/groups/staff.repository.server.ts";
import { isId } from "#app/infra/ids.ts";
import { getRequestContext } from "#app/infra/request-context.server.ts";

export type StaffContext = {
	viewer: Viewer;
	access: StaffAccess;
	group: { id: string; name: string; code: string };
	/** The acting member, ready for use cases (audit needs the address). */
	actor: Actor & { access: StaffAccess };
};

/**
 * Every /staff/:groupId route starts here: signed in (else to "Connexion"), and a member of
 * that group (else 404: another group's existence is none of their business).
 */
export async function requireStaff(
	request: Request,
	context: Readonly<RouterContextProvider>,
	groupId: string | undefined,
): Promise<StaffContext> {
	const viewer = await requireViewer(request, context);
	if (!isId(groupId)) throw data(null, { status: 404 });
	const db = getDb();
	const access = await findStaffAccess(db, viewer.userId, groupId);
	if (!access) throw data(null, { status: 404 });
	const group = await findGroupById(db, groupId);
	if (!group) throw data(null, { status: 404 });
	return {
		viewer,
		access,
		group: { id: group.id, name: group.name, code: group.code },
		actor: { userId: viewer.userId, ipAddress: getRequestContext(context).clientIp, access },
	};
}

/** For admin-only pages: members who are not admins get 403 (they know the group exists). */
export function requireGroupAdmin(staff: StaffContext): void {
	if (!staffPermissions(staff.access).manageStaff) throw data(null, { status: 403 });
}
