import { getDb } from "#app/db/db.server.ts";
import { missingDocumentsOf } from "#app/domain/documents/missing-documents.server.ts";
import { childSummary, guardianDossier, missingDataOf } from "../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/layout";

export async function loader(args: Route.LoaderArgs) {
	const dossier = await guardianDossier(args);
	const [missing, missingDocuments] = await Promise.all([
		missingDataOf(dossier.child),
		missingDocumentsOf(getDb(), dossier.child),
	]);
	return {
		child: childSummary(dossier.child),
		missingCounts: Object.fromEntries(Object.entries(missing).map(([section, fields]) => [section, fields.length])),
		/** Required documents not accepted yet: counted on « Documents » (decision 037). */
		missingDocuments: missingDocuments.length,
	};
}
