import { getDb } from "#app/db/db.server.ts";
import { resetPasswordSchema } from "#app/domain/accounts/account-input.ts";
import { isPasswordResetUsable } from "#app/domain/accounts/find-password-reset.server.ts";
import { resetPassword } from "#app/domain/accounts/reset-password.server.ts";
import { getViewer } from "#app/domain/accounts/session.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { requestInfo } from "#app/server/request-info.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import type { Route } from "./+types/reset-password";

export async function loader({ request }: Route.LoaderArgs) {
	const token = documentUrl(request).searchParams.get("token") ?? "";
	return {
		token,
		usable: await isPasswordResetUsable({ db: getDb(), token }),
		constraints: { resetPassword: formConstraint(resetPasswordSchema) },
	};
}

export async function action({ request, context }: Route.ActionArgs) {
	const { ipAddress } = requestInfo(context);
	// Resetting from a signed-in browser keeps that browser signed in; every other session ends.
	const viewer = await getViewer(request, context);
	return handleForm({
		request,
		schema: resetPasswordSchema,
		hideFields: ["password", "confirmPassword"],
		run: async (values) => {
			await resetPassword({ db: getDb(), input: values, ipAddress, currentSessionToken: viewer?.sessionToken });
			return redirectWithFlash("/sign-in", { message: "auth.reset.done" });
		},
	});
}
