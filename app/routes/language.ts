import { data, redirect } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { getViewer } from "#app/domain/accounts/session.server.ts";
import { languageCookie } from "#app/infra/i18n.server.ts";
import { isLanguage } from "#app/locales/languages.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { safeRedirectPath } from "#app/server/safe-redirect.ts";
import type { Route } from "./+types/language";

/** Stores the chosen language (cookie, and account) and goes back to the page the visitor was on. */
export async function action({ request, context }: Route.ActionArgs) {
	const form = await readForm(request);
	const language = form.get("language");
	if (!isLanguage(language)) throw data(null, { status: 400 });
	// Mails follow the language the person last chose.
	const viewer = await getViewer(request, context);
	if (viewer) await getDb().updateTable("users").set({ language }).where("id", "=", viewer.userId).execute();
	return redirect(safeRedirectPath(form.get("redirectTo")), {
		headers: { "Set-Cookie": await languageCookie.serialize(language) },
	});
}

export function loader() {
	return redirect("/");
}
