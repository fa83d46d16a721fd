import { redirect } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { signUpSchema } from "#app/domain/accounts/account-input.ts";
import { getViewer } from "#app/domain/accounts/session.server.ts";
import { signUp } from "#app/domain/accounts/sign-up.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { requestInfo } from "#app/server/request-info.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import type { Route } from "./+types/sign-up";

export async function loader({ request, context }: Route.LoaderArgs) {
	if (await getViewer(request, context)) throw redirect("/children");
	return { constraints: { signUp: formConstraint(signUpSchema) } };
}

export async function action({ request, context }: Route.ActionArgs) {
	const { language, ipAddress } = requestInfo(context);
	return handleForm({
		request,
		schema: signUpSchema,
		hideFields: ["password", "confirmPassword"],
		run: async (values) => {
			await signUp({ db: getDb(), input: values, language, ipAddress });
			return redirect("/check-mailbox?for=sign-up");
		},
	});
}
