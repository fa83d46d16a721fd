import { getDb } from "#app/db/db.server.ts";
import { confirmEmailChange } from "#app/domain/accounts/confirm-email-change.server.ts";
import { getViewer } from "#app/domain/accounts/session.server.ts";
import { isAppError } from "#app/domain/app-error.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { requestInfo } from "#app/server/request-info.server.ts";
import type { Route } from "./+types/confirm-email";

export function loader({ request }: Route.LoaderArgs) {
	return { token: documentUrl(request).searchParams.get("token") ?? "" };
}

/** Confirming takes a click (a POST), so mail scanners that open links change nothing. */
export async function action({ request, context }: Route.ActionArgs) {
	const formData = await readForm(request);
	const token = String(formData.get("token") ?? "");
	const { ipAddress } = requestInfo(context);
	try {
		await confirmEmailChange({ db: getDb(), token, ipAddress });
	} catch (error) {
		if (isAppError(error, "NOT_FOUND")) return { problem: "invalid" as const };
		if (isAppError(error, "CONFLICT")) return { problem: "taken" as const };
		throw error;
	}
	const next = (await getViewer(request, context)) ? "/account" : "/sign-in";
	return redirectWithFlash(next, { message: "account.email.changed" });
}
