import type { Database } from "#app/db/db.server.ts";
import { isCurrentEnrolment } from "#app/domain/families/enrolment-rules.ts";
import {
	findHousesByIds,
	listEnrolmentsOfChild,
	listHousesByRegistration,
} from "#app/domain/families/enrolments.repository.server.ts";

/**
 * The houses a guardian may write to about a child: those the child belongs to on `today`
 * (decision 013: a current enrolment, or a registration in one of the house's offers), the same
 * list as « Les maisons de l'enfant ».
 */
export async function messageHousesOfChild(db: Database, child: { id: string; group_id: string }, today: string) {
	const [enrolments, byRegistration] = await Promise.all([
		listEnrolmentsOfChild(db, child.id),
		listHousesByRegistration(db, child.id, today),
	]);
	const houseIds = new Set([
		...enrolments.filter((enrolment) => isCurrentEnrolment(enrolment, today)).map((enrolment) => enrolment.house_id),
		...byRegistration.map((row) => row.house_id),
	]);
	const houses = await findHousesByIds(db, child.group_id, [...houseIds]);
	return houses.map((house) => ({ id: house.id, name: house.name }));
}
