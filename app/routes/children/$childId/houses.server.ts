import { getDb } from "#app/db/db.server.ts";
import { isCurrentEnrolment } from "#app/domain/families/enrolment-rules.ts";
import {
	findHousesByIds,
	listEnrolmentsOfChild,
	listHousesByRegistration,
} from "#app/domain/families/enrolments.repository.server.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { guardianDossier } from "../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/houses";

/**
 * « Les maisons de l'enfant »: the houses the child belongs to today — its current enrolments
 * and the houses of the offers it is registered for (decision 013) — with how to reach them.
 */
export async function loader(args: Route.LoaderArgs) {
	const { child } = await guardianDossier(args);
	const db = getDb();
	const today = dateInBrussels();
	const [enrolments, byRegistration] = await Promise.all([
		listEnrolmentsOfChild(db, child.id),
		listHousesByRegistration(db, child.id, today),
	]);
	const houseIds = new Set([
		...enrolments.filter((enrolment) => isCurrentEnrolment(enrolment, today)).map((enrolment) => enrolment.house_id),
		...byRegistration.map((row) => row.house_id),
	]);
	return {
		child: { id: child.id, groupName: child.group_name },
		houses: await findHousesByIds(db, child.group_id, [...houseIds]),
	};
}
