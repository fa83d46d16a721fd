import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { isDossierComplete, missingDossierData, parseRequiredByGroup } from "#app/domain/families/dossier-fields.ts";
import { listChildrenOfGuardian, loadDossierSnapshot } from "#app/domain/families/families.repository.server.ts";
import { now } from "#app/infra/clock.ts";
import { calendarFeedUrlOf } from "./+shared/calendar-feed.server.ts";
import type { Route } from "./+types/index";

export async function loader({ request, context }: Route.LoaderArgs) {
	const viewer = await requireViewer(request, context);
	const db = getDb();
	const children = await listChildrenOfGuardian(db, viewer.userId);
	const at = now();
	return {
		calendarFeedUrl: children.length > 0 ? await calendarFeedUrlOf(db, viewer.userId) : null,
		children: await Promise.all(
			children.map(async (child) => {
				const missing = missingDossierData(
					await loadDossierSnapshot(db, child.id),
					parseRequiredByGroup(child.group_mandatory_fields),
					at,
				);
				return {
					id: child.id,
					firstName: child.first_name,
					lastName: child.last_name,
					fileNumber: child.file_number,
					status: child.status,
					submittedAt: child.submitted_at,
					entryDate: child.entry_date,
					sex: child.sex,
					groupName: child.group_name,
					complete: isDossierComplete(missing),
					missingCount: Object.values(missing).flat().length,
				};
			}),
		),
	};
}
