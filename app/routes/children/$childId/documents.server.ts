import { getDb } from "#app/db/db.server.ts";
import { listInvoicesOfDebtor } from "#app/domain/billing/read-invoices.server.ts";
import { guardianDossier } from "../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/documents";

/**
 * « Documents » of a child: the invoices addressed to the signed-in guardian that bill this
 * child (another guardian's invoices stay theirs: decision 034).
 */
export async function loader(args: Route.LoaderArgs) {
	const { child, actor } = await guardianDossier(args);
	return {
		child: { id: child.id, firstName: child.first_name || child.last_name },
		invoices: await listInvoicesOfDebtor(getDb(), { userId: actor.userId, childId: child.id }),
	};
}
