import { z } from "zod";
import type { AuditFilter } from "#app/domain/audit/audit.repository.server.ts";
import { auditAreas } from "#app/domain/audit/audit-areas.ts";
import { isRealDate } from "#app/domain/form-fields.ts";
import { startOfDayInBrussels } from "#app/infra/clock.ts";
import { isId } from "#app/infra/ids.ts";

/** A real calendar day between 2000 and 2999 (`2026-13-45` and `0000-01-01` are ignored). */
const date = z
	.string()
	.regex(/^2\d{3}-\d{2}-\d{2}$/)
	.refine(isRealDate);

const querySchema = z.object({
	area: z.enum(auditAreas).optional().catch(undefined),
	actor: z.string().refine(isId).optional().catch(undefined),
	from: date.optional().catch(undefined),
	to: date.optional().catch(undefined),
});

export type AuditQuery = z.output<typeof querySchema>;

/** The filters of the audit page from its URL; anything malformed is simply ignored. */
export function auditQueryFrom(url: URL): AuditQuery {
	return querySchema.parse(Object.fromEntries(url.searchParams));
}

function nextDay(date: string): string {
	const day = new Date(`${date}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() + 1);
	return day.toISOString().slice(0, 10);
}

/** Calendar days in Brussels become UTC bounds: "to" includes the whole day. */
export function auditFilterOf(groupId: string, query: AuditQuery, limit: number): AuditFilter {
	return {
		groupId,
		area: query.area,
		actorUserId: query.actor,
		from: query.from ? startOfDayInBrussels(query.from) : undefined,
		to: query.to ? new Date(new Date(startOfDayInBrussels(nextDay(query.to))).getTime() - 1).toISOString() : undefined,
		limit,
	};
}
