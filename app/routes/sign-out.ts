import { redirect } from "react-router";
import { getAuth } from "#app/domain/accounts/auth.server.ts";
import type { Route } from "./+types/sign-out";

/** Ends the current session (a POST: a link or an image cannot sign anyone out). */
export async function action({ request }: Route.ActionArgs) {
	try {
		const { headers } = await getAuth().api.signOut({ headers: request.headers, returnHeaders: true });
		return redirect("/", { headers });
	} catch {
		// No session to end: still go home.
		return redirect("/");
	}
}

export function loader() {
	return redirect("/");
}
