import type { Database } from "#app/db/db.server.ts";
import { listHousesOfChild } from "#app/domain/families/enrolments.repository.server.ts";

/**
 * The houses a guardian may write to about a child: those the child belongs to on `today`
 * (decision 013: a current enrolment, or a registration in one of the house's offers), the same
 * list as « Les maisons de l'enfant », by name.
 */
export async function messageHousesOfChild(
	db: Database,
	child: { id: string; group_id: string },
	today: string,
): Promise<Array<{ id: string; name: string }>> {
	const houses = await listHousesOfChild(db, child, today);
	return houses.map((house) => ({ id: house.id, name: house.name }));
}
