import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { createHouse } from "#app/domain/groups/create-house.server.ts";
import { houseInputServerSchema } from "#app/domain/groups/group-input.server.ts";
import { houseInputSchema } from "#app/domain/groups/group-input.ts";
import { listHousesForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { staffPermissions } from "#app/domain/groups/permissions.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/index";

export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	const houses = await listHousesForStaff(getDb(), staff.access);
	return {
		group: staff.group,
		permissions: staffPermissions(staff.access),
		houses,
		constraints: { house: formConstraint(houseInputSchema) },
	};
}

export async function action({ request, context, params }: Route.ActionArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	if (!staffPermissions(staff.access).createHouses) throw data(null, { status: 403 });
	return handleForm({
		request,
		schema: houseInputServerSchema,
		run: async (values) => {
			const { id } = await createHouse({ db: getDb(), groupId: staff.group.id, actor: staff.actor, input: values });
			return redirectWithFlash(`/staff/${staff.group.id}/houses/${id}`, { message: "houses.created" });
		},
	});
}
