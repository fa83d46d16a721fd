import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { addChildByCode } from "#app/domain/families/add-child-by-code.server.ts";
import { addChildByCodeSchema } from "#app/domain/families/dossier-input.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { requestInfo } from "#app/server/request-info.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import type { Route } from "./+types/add-code";

export async function loader({ request, context }: Route.LoaderArgs) {
	await requireViewer(request, context);
	return { constraints: { addByCode: formConstraint(addChildByCodeSchema) } };
}

export async function action({ request, context }: Route.ActionArgs) {
	const viewer = await requireViewer(request, context);
	return handleForm({
		request,
		schema: addChildByCodeSchema,
		run: async (values) => {
			const { childId } = await addChildByCode({
				db: getDb(),
				actor: { userId: viewer.userId, ipAddress: requestInfo(context).ipAddress },
				input: values,
			});
			return redirectWithFlash(`/children/${childId}/general`, { message: "families.byCode.added" });
		},
	});
}
