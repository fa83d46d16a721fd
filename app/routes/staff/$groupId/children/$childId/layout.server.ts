import { childSummary, missingDataOf, staffDossier } from "../../../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/layout";

export async function loader(args: Route.LoaderArgs) {
	const dossier = await staffDossier(args);
	const missing = await missingDataOf(dossier.child);
	return {
		groupId: args.params.groupId,
		child: childSummary(dossier.child),
		missingCounts: Object.fromEntries(Object.entries(missing).map(([section, fields]) => [section, fields.length])),
	};
}
