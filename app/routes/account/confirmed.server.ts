import { getViewer } from "#app/domain/accounts/session.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import type { Route } from "./+types/confirmed";

/**
 * Where the confirmation link lands (through better-auth's /api/auth/verify-email). The first
 * use signs the person in; later uses, or an expired link, explain what to do.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
	if (await getViewer(request, context)) {
		throw await redirectWithFlash("/children", { message: "auth.confirmed.welcome" });
	}
	const error = documentUrl(request).searchParams.get("error");
	return { problem: error ? (error === "TOKEN_EXPIRED" ? "expired" : "invalid") : null } as const;
}
