import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { parseRequiredByGroup } from "#app/domain/families/dossier-fields.ts";
import { saveDossierSettings } from "#app/domain/families/save-dossier-settings.server.ts";
import { dossierSettingsSchema } from "#app/domain/families/staff-dossier-input.ts";
import { staffPermissions } from "#app/domain/groups/permissions.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { requireStaff } from "../+shared/staff-context.server.ts";
import type { Route } from "./+types/settings";

export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	if (!staffPermissions(staff.access).manageSettings) throw data(null, { status: 403 });
	const group = await getDb()
		.selectFrom("groups")
		.select("mandatory_fields")
		.where("id", "=", staff.group.id)
		.executeTakeFirstOrThrow();
	return { group: staff.group, requiredFields: parseRequiredByGroup(group.mandatory_fields) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	if (!staffPermissions(staff.access).manageSettings) throw data(null, { status: 403 });
	return handleForm({
		request,
		schema: dossierSettingsSchema,
		run: async (values) => {
			await saveDossierSettings({ db: getDb(), actor: staff.actor, input: values });
			return redirectWithFlash(`/staff/${staff.group.id}/settings`, { message: "families.staff.settings.saved" });
		},
	});
}
