import { getDb } from "#app/db/db.server.ts";
import { countChildrenByStatus } from "#app/domain/families/families.repository.server.ts";
import { listHousesForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { listPendingInvitations } from "#app/domain/groups/invitations.server.ts";
import { staffPermissions } from "#app/domain/groups/permissions.ts";
import { listStaffOfGroup } from "#app/domain/groups/staff.repository.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { requireStaff } from "../+shared/staff-context.server.ts";
import type { Route } from "./+types/index";

export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	const db = getDb();
	const permissions = staffPermissions(staff.access);
	const [houses, childCounts] = await Promise.all([
		listHousesForStaff(db, staff.access),
		countChildrenByStatus(db, staff.access),
	]);
	return {
		group: staff.group,
		firstName: staff.viewer.firstName,
		permissions,
		submittedDossiers: childCounts.submitted ?? 0,
		activeDossiers: (childCounts.submitted ?? 0) + (childCounts.validated ?? 0),
		houses: houses.map((house) => ({ id: house.id, name: house.name, kind: house.kind, locality: house.locality })),
		staffCount: permissions.manageStaff ? (await listStaffOfGroup(db, staff.group.id)).length : null,
		pendingInvitations: permissions.manageStaff
			? (await listPendingInvitations(db, staff.group.id, nowIso())).length
			: null,
	};
}
