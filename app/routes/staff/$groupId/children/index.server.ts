import { getDb } from "#app/db/db.server.ts";
import { childStatuses } from "#app/db/schema.ts";
import { countChildrenByStatus, searchChildren } from "#app/domain/families/families.repository.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/index";

export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	const url = documentUrl(request);
	const query = url.searchParams.get("q")?.slice(0, 80) ?? "";
	const statusParam = url.searchParams.get("status") ?? "";
	const status = (childStatuses as readonly string[]).includes(statusParam) ? statusParam : "";
	const page = Math.min(10_000, Math.max(1, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1));
	const db = getDb();
	const [result, counts] = await Promise.all([
		searchChildren(db, staff.access, { query, status, page }),
		countChildrenByStatus(db, staff.access),
	]);
	return { group: staff.group, filters: { query, status }, ...result, submittedCount: counts.submitted ?? 0 };
}
