import { requireViewer } from "#app/domain/accounts/session.server.ts";
import type { Route } from "./+types/add";

export async function loader({ request, context }: Route.LoaderArgs) {
	await requireViewer(request, context);
	return null;
}
