import { data } from "react-router";
import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { text } from "#app/domain/form-fields.ts";
import { createGroup } from "#app/domain/groups/create-group.server.ts";
import { groupInputServerSchema } from "#app/domain/groups/group-input.server.ts";
import { groupInputSchema } from "#app/domain/groups/group-input.ts";
import { listAllGroups } from "#app/domain/groups/groups.repository.server.ts";
import { inviteStaff } from "#app/domain/groups/invite-staff.server.ts";
import { isOperator } from "#app/domain/groups/staff.repository.server.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { requestInfo } from "#app/server/request-info.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import type { Route } from "./+types/index";

const inviteAdminSchema = z.object({
	groupId: text(),
	email: text().trim().min(1, "validation.required").max(254, "validation.tooLong").pipe(z.email("validation.email")),
});

/** Operators only; to anyone else the page does not exist. */
async function requireOperator(request: Request, context: Route.LoaderArgs["context"]) {
	const viewer = await requireViewer(request, context);
	if (!(await isOperator(getDb(), viewer.userId))) throw data(null, { status: 404 });
	return viewer;
}

export async function loader({ request, context }: Route.LoaderArgs) {
	await requireOperator(request, context);
	return { groups: await listAllGroups(getDb()), constraints: { group: formConstraint(groupInputSchema) } };
}

export async function action({ request, context }: Route.ActionArgs) {
	const viewer = await requireOperator(request, context);
	const { language, ipAddress } = requestInfo(context);
	const actor = { userId: viewer.userId, ipAddress };
	const formData = await readForm(request);
	if (formData.get("intent") === "invite-admin") {
		return handleForm({
			request,
			formData,
			schema: inviteAdminSchema,
			run: async (values) => {
				await inviteStaff({
					db: getDb(),
					actor,
					groupId: values.groupId,
					input: { email: values.email, role: "admin", houseIds: [] },
					language,
				});
				return redirectWithFlash("/operator", { message: "staff.invite.sent", values: { email: values.email } });
			},
		});
	}
	return handleForm({
		request,
		formData,
		schema: groupInputServerSchema,
		run: async (values) => {
			await createGroup({ db: getDb(), actor, input: values });
			return redirectWithFlash("/operator", { message: "operator.groupCreated", values: { name: values.name } });
		},
	});
}
