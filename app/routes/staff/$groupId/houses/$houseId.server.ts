import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { houseInputSchema } from "#app/domain/groups/group-input.ts";
import { findHouseForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { canEditHouse } from "#app/domain/groups/permissions.ts";
import { updateHouse } from "#app/domain/groups/update-house.server.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/$houseId";

export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	const house = await findHouseForStaff(getDb(), staff.access, params.houseId);
	if (!house) throw data(null, { status: 404 });
	return { group: staff.group, house, canEdit: canEditHouse(staff.access, house.id) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	return handleForm({
		request,
		schema: houseInputSchema,
		run: async (values) => {
			await updateHouse({ db: getDb(), actor: staff.actor, houseId: params.houseId, input: values });
			return redirectWithFlash(`/staff/${staff.group.id}/houses/${params.houseId}`, { message: "houses.updated" });
		},
	});
}
