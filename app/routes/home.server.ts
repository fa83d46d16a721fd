import { redirect } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { getViewer } from "#app/domain/accounts/session.server.ts";
import { listGroupsWithHouses } from "#app/domain/groups/groups.repository.server.ts";
import type { Route } from "./+types/home";

/** Signed-in parents land on their portal; visitors see who uses Ribambelle. */
export async function loader({ request, context }: Route.LoaderArgs) {
	if (await getViewer(request, context)) throw redirect("/children");
	const groups = await listGroupsWithHouses(getDb());
	return {
		groups: groups.map((group) => ({
			id: group.id,
			name: group.name,
			contactPhone: group.contact_phone,
			contactEmail: group.contact_email,
			houses: group.houses.map((house) => ({
				id: house.id,
				name: house.name,
				kind: house.kind,
				address: `${house.address}, ${house.postal_code} ${house.locality}`,
			})),
		})),
	};
}
