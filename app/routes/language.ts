import { data, redirect } from "react-router";
import { languageCookie } from "#app/infra/i18n.server.ts";
import { isLanguage } from "#app/locales/languages.ts";
import { safeRedirectPath } from "#app/server/safe-redirect.ts";
import type { Route } from "./+types/language";

/** Stores the chosen language in a cookie and goes back to the page the visitor was on. */
export async function action({ request }: Route.ActionArgs) {
	const form = await request.formData();
	const language = form.get("language");
	if (!isLanguage(language)) throw data(null, { status: 400 });
	return redirect(safeRedirectPath(form.get("redirectTo")), {
		headers: { "Set-Cookie": await languageCookie.serialize(language) },
	});
}

export function loader() {
	return redirect("/");
}
