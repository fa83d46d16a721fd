import { redirect } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { emailOnlySchema } from "#app/domain/accounts/account-input.ts";
import { requestPasswordReset } from "#app/domain/accounts/request-password-reset.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { requestInfo } from "#app/server/request-info.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import type { Route } from "./+types/forgot-password";

export function loader() {
	return { constraints: { email: formConstraint(emailOnlySchema) } };
}

export async function action({ request, context }: Route.ActionArgs) {
	const { language, ipAddress } = requestInfo(context);
	return handleForm({
		request,
		schema: emailOnlySchema,
		run: async (values) => {
			await requestPasswordReset({ db: getDb(), input: values, language, ipAddress });
			return redirect("/check-mailbox?for=reset");
		},
	});
}
