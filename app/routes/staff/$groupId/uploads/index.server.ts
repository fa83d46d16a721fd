import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import { documentUploadStatuses } from "#app/domain/documents/document-uploads.ts";
import { countPendingUploads, listHouseUploads } from "#app/domain/documents/uploads.repository.server.ts";
import { listHousesForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { pageFrom } from "#app/domain/list-page.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import { requireUploadReviewer } from "./+shared/upload-access.server.ts";
import type { Route } from "./+types/index";

/** `?status=`: one state, or every state when absent or malformed (decision 028: never an error). */
const statusFilter = z.enum(documentUploadStatuses).optional().catch(undefined);

/**
 * « Documents des familles » of one house (`?house=`, else the member's first house): newest
 * first, optionally in one state, paged (decision 028), with the number still waiting.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	requireUploadReviewer(staff);
	const db = getDb();
	const search = documentUrl(request).searchParams;
	const houses = await listHousesForStaff(db, staff.access);
	const house = houses.find((candidate) => candidate.id === search.get("house")) ?? houses[0];
	const status = statusFilter.parse(search.get("status") ?? undefined);
	const page = pageFrom(search);
	const list = house
		? await listHouseUploads(db, staff.access, { houseId: house.id, status, page })
		: { rows: [], page, hasMore: false };
	return {
		groupId: staff.group.id,
		houses: houses.map((candidate) => ({ id: candidate.id, name: candidate.name })),
		houseId: house?.id ?? null,
		status: status ?? null,
		pending: house ? await countPendingUploads(db, staff.access, house.id) : 0,
		page: list.page,
		hasMore: list.hasMore,
		uploads: list.rows.map((upload) => ({
			id: upload.id,
			type: upload.type,
			status: upload.status,
			createdAt: upload.created_at,
			childName: `${upload.child_first_name} ${upload.child_last_name}`.trim(),
			fileNumber: upload.child_file_number,
		})),
	};
}
