import type { StaffAccess } from "../groups/permissions.ts";

/**
 * Who looks at threads: a guardian (the threads about their children, while they are guardians)
 * or a staff member (the threads of the houses they see: group admins every house of the
 * group, house managers and readers their own houses).
 */
export type ThreadViewer = { kind: "guardian"; userId: string } | { kind: "staff"; access: StaffAccess };

export function viewerUserId(viewer: ThreadViewer): string {
	return viewer.kind === "guardian" ? viewer.userId : viewer.access.userId;
}
