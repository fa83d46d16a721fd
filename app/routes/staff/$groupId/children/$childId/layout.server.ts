import {
	childSummary,
	missingDataForLoaders,
	type missingDataOf,
	staffDossier,
} from "../../../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/layout";

export async function loader(args: Route.LoaderArgs) {
	const dossier = await staffDossier(args);
	// Readers (animators) do not see the administrative sections, nor what they lack.
	const missing: Partial<Awaited<ReturnType<typeof missingDataOf>>> =
		dossier.view === "full" ? await missingDataForLoaders(args, dossier.child) : {};
	return {
		groupId: args.params.groupId,
		child: childSummary(dossier.child),
		view: dossier.view,
		missingCounts: Object.fromEntries(
			Object.entries(missing).map(([section, fields]) => [section, fields?.length ?? 0]),
		),
	};
}
