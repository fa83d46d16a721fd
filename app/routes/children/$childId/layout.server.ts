import { childSummary, guardianDossier, missingDataOf } from "../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/layout";

export async function loader(args: Route.LoaderArgs) {
	const dossier = await guardianDossier(args);
	const missing = await missingDataOf(dossier.child);
	return {
		child: childSummary(dossier.child),
		missingCounts: Object.fromEntries(Object.entries(missing).map(([section, fields]) => [section, fields.length])),
	};
}
