import { data, redirect } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { resendSchema, signInSchema } from "#app/domain/accounts/account-input.ts";
import { getAuth, OIDC_PROVIDER_ID } from "#app/domain/accounts/auth.server.ts";
import { resendConfirmation } from "#app/domain/accounts/resend-confirmation.server.ts";
import { getViewer } from "#app/domain/accounts/session.server.ts";
import { signIn } from "#app/domain/accounts/sign-in.server.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { requestInfo } from "#app/server/request-info.server.ts";
import { safeRedirectPath } from "#app/server/safe-redirect.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import type { Route } from "./+types/sign-in";

export async function loader({ request, context }: Route.LoaderArgs) {
	const url = documentUrl(request);
	const redirectTo = safeRedirectPath(url.searchParams.get("redirectTo"), "/children");
	if (await getViewer(request, context)) throw redirect(redirectTo);
	return {
		redirectTo,
		openIdEnabled: Boolean(getConfig().oidc),
		openIdFailed: url.searchParams.get("error") !== null,
		constraints: { signIn: formConstraint(signInSchema) },
	};
}

export async function action({ request, context }: Route.ActionArgs) {
	const formData = await readForm(request);
	const intent = formData.get("intent");
	const { language, ipAddress } = requestInfo(context);
	const redirectTo = safeRedirectPath(formData.get("redirectTo"), "/children");

	if (intent === "openid") {
		if (!getConfig().oidc) throw data(null, { status: 404 });
		const { headers, response } = await getAuth().api.signInSocial({
			body: {
				provider: OIDC_PROVIDER_ID,
				callbackURL: redirectTo,
				newUserCallbackURL: "/me",
				errorCallbackURL: "/sign-in?error=openid",
			},
			headers: request.headers,
			returnHeaders: true,
		});
		if (!response.url) throw new Error("the identity provider gave no authorisation URL");
		return redirect(response.url, { headers });
	}

	if (intent === "resend") {
		return handleForm({
			request,
			formData,
			schema: resendSchema,
			run: async (values) => {
				await resendConfirmation({ db: getDb(), input: values, language, ipAddress });
				return redirect("/check-mailbox?for=confirmation");
			},
		});
	}

	return handleForm({
		request,
		formData,
		schema: signInSchema,
		hideFields: ["password"],
		run: async (values) => {
			const result = await signIn({ db: getDb(), input: values, language, ipAddress, headers: request.headers });
			if (result.outcome === "unverified") {
				return data({ unverified: true as const, identifier: values.identifier }, { status: 403 });
			}
			return redirect(redirectTo, { headers: result.headers });
		},
	});
}
