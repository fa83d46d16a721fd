import { getDb } from "#app/db/db.server.ts";
import { staffPermissions } from "#app/domain/groups/permissions.ts";
import { listGroupsOfStaffMember } from "#app/domain/groups/staff.repository.server.ts";
import { countUnreadThreads } from "#app/domain/messaging/messaging.repository.server.ts";
import { requireStaff } from "../+shared/staff-context.server.ts";
import type { Route } from "./+types/layout";

export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	return {
		group: staff.group,
		role: staff.access.role,
		permissions: staffPermissions(staff.access),
		groups: await listGroupsOfStaffMember(getDb(), staff.viewer.userId),
		unreadMessages: await countUnreadThreads(getDb(), { kind: "staff", access: staff.access }),
	};
}
