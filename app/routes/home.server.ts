import { getDb } from "#app/db/db.server.ts";
import { listGroupsWithHouses } from "#app/domain/groups/groups.repository.server.ts";

export async function loader() {
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
