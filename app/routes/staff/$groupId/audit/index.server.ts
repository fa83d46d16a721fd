import { getDb } from "#app/db/db.server.ts";
import { listAuditActors, listAuditEvents } from "#app/domain/audit/audit.repository.server.ts";
import { describeAuditEvents } from "#app/domain/audit/describe-audit-events.server.ts";
import { getI18n } from "#app/infra/i18n.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { requireGroupAdmin, requireStaff } from "../../+shared/staff-context.server.ts";
import { auditFilterOf, auditQueryFrom } from "./+filter.server.ts";
import type { Route } from "./+types/index";

const PAGE_SIZE = 50;

export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	requireGroupAdmin(staff);
	const url = documentUrl(request);
	const query = auditQueryFrom(url);
	const filter = auditFilterOf(staff.group.id, query, PAGE_SIZE + 1);
	const cursor = url.searchParams.get("before")?.split("_");
	if (cursor?.length === 2 && cursor[0] && cursor[1]) filter.before = { occurredAt: cursor[0], id: cursor[1] };
	const db = getDb();
	const events = await listAuditEvents(db, filter);
	const page = events.slice(0, PAGE_SIZE);
	const last = page.at(-1);
	const i18n = getI18n(context);
	const described = await describeAuditEvents(db, {
		groupId: staff.group.id,
		rows: page,
		t: i18n.t,
		language: i18n.language,
	});
	return {
		group: staff.group,
		query,
		actors: await listAuditActors(db, staff.group.id),
		events: described.map(({ details: _details, target_id: _targetId, ...event }) => event),
		nextCursor: events.length > PAGE_SIZE && last ? `${last.occurred_at}_${last.id}` : null,
		/** Whether this page comes after the newest one (« Première page » leads back). */
		older: filter.before !== undefined,
	};
}
