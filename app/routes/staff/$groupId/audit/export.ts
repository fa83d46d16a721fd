import { getDb } from "#app/db/db.server.ts";
import { listAuditEvents } from "#app/domain/audit/audit.repository.server.ts";
import { describeAuditEvents } from "#app/domain/audit/describe-audit-events.server.ts";
import { toCsv } from "#app/infra/csv.ts";
import { getI18n } from "#app/infra/i18n.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { formatDateTime } from "#app/ui/format.ts";
import { requireGroupAdmin, requireStaff } from "../../+shared/staff-context.server.ts";
import { auditFilterOf, auditQueryFrom } from "./+filter.server.ts";
import type { Route } from "./+types/export";

/** Enough for years of a group's activity; beyond that, narrow the dates. */
const EXPORT_LIMIT = 50_000;

/** The filtered audit log as a CSV file (group admins only): codes for tools, a sentence for people. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	requireGroupAdmin(staff);
	const filter = auditFilterOf(staff.group.id, auditQueryFrom(documentUrl(request)), EXPORT_LIMIT);
	const db = getDb();
	const i18n = getI18n(context);
	const events = await describeAuditEvents(db, {
		groupId: staff.group.id,
		rows: await listAuditEvents(db, filter),
		t: i18n.t,
		language: i18n.language,
	});
	const csv = toCsv(
		[
			"occurred_at_utc",
			"occurred_at_brussels",
			"actor",
			"actor_email",
			"action",
			"target_type",
			"target_id",
			"ip_address",
			"details",
			"sentence",
		],
		events.map((event) => [
			event.occurred_at,
			formatDateTime(event.occurred_at, "fr"),
			[event.actor_first_name, event.actor_last_name].filter(Boolean).join(" "),
			event.actor_email,
			event.action,
			event.target_type,
			event.target_id,
			event.ip_address,
			event.details,
			event.sentence,
		]),
	);
	return new Response(csv, {
		headers: {
			"Content-Type": "text/csv; charset=utf-8",
			"Content-Disposition": `attachment; filename="audit-${staff.group.code.toLowerCase()}.csv"`,
			"Cache-Control": "no-store",
		},
	});
}
