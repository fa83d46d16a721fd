import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import { childStatuses } from "#app/db/schema.ts";
import { countChildrenByStatus, searchChildren } from "#app/domain/families/families.repository.server.ts";
import { dateFilter, pageFrom } from "#app/domain/list-page.ts";
import { addDays, startOfDayInBrussels } from "#app/infra/clock.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/index";

/** The list's filters from its URL; anything malformed is ignored (never an error page). */
const filtersSchema = z.object({
	q: z
		.string()
		.transform((value) => value.slice(0, 80))
		.catch(""),
	status: z.enum(childStatuses).or(z.literal("")).catch(""),
	/** Dossiers submitted on or after this day and on or before `to` (Brussels calendar days). */
	from: dateFilter,
	to: dateFilter,
});

export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	const searchParams = documentUrl(request).searchParams;
	const {
		q: query,
		status,
		from,
		to,
	} = filtersSchema.parse({
		q: searchParams.get("q") ?? "",
		status: searchParams.get("status") ?? "",
		from: searchParams.get("from") ?? undefined,
		to: searchParams.get("to") ?? undefined,
	});
	const page = pageFrom(searchParams);
	const db = getDb();
	const [result, counts] = await Promise.all([
		searchChildren(db, staff.access, {
			query,
			status,
			from: from ? startOfDayInBrussels(from) : undefined,
			to: to ? new Date(new Date(startOfDayInBrussels(addDays(to, 1))).getTime() - 1).toISOString() : undefined,
			page,
		}),
		countChildrenByStatus(db, staff.access),
	]);
	return {
		group: staff.group,
		filters: { query, status, from: from ?? "", to: to ?? "" },
		...result,
		submittedCount: counts.submitted ?? 0,
	};
}
