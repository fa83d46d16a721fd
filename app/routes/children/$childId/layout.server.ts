import {
	childSummary,
	guardianDossier,
	missingDataForLoaders,
	missingDocumentsForLoaders,
} from "../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/layout";

export async function loader(args: Route.LoaderArgs) {
	const dossier = await guardianDossier(args);
	const [missing, missingDocuments] = await Promise.all([
		missingDataForLoaders(args, dossier.child),
		missingDocumentsForLoaders(args, dossier.child),
	]);
	return {
		child: childSummary(dossier.child),
		missingCounts: Object.fromEntries(Object.entries(missing).map(([section, fields]) => [section, fields.length])),
		/** Required documents not accepted yet: counted on « Documents » (decision 037). */
		missingDocuments: missingDocuments.length,
	};
}
