import { getDb } from "#app/db/db.server.ts";
import { listHousesOfChild } from "#app/domain/families/enrolments.repository.server.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { guardianDossier } from "../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/houses";

/**
 * « Les maisons de l'enfant »: the houses the child belongs to today — its current enrolments
 * and the houses of the offers it is registered for (decision 013) — with how to reach them.
 */
export async function loader(args: Route.LoaderArgs) {
	const { child } = await guardianDossier(args);
	return {
		child: { id: child.id, groupName: child.group_name },
		houses: await listHousesOfChild(getDb(), child, dateInBrussels()),
	};
}
