import { getDb } from "#app/db/db.server.ts";
import { listHousesOfGroup } from "#app/domain/offers/registration-documents.repository.server.ts";
import { guardianDossier } from "../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/houses";

/** « Les maisons de l'enfant »: the houses of the child's group, with how to reach them. */
export async function loader(args: Route.LoaderArgs) {
	const { child } = await guardianDossier(args);
	return {
		child: { id: child.id, groupName: child.group_name },
		houses: await listHousesOfGroup(getDb(), child.group_id),
	};
}
