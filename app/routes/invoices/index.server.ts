import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { listInvoicesOfDebtor } from "#app/domain/billing/read-invoices.server.ts";
import type { Route } from "./+types/index";

/** « Factures »: every invoice and credit note addressed to the signed-in parent, newest first. */
export async function loader({ request, context }: Route.LoaderArgs) {
	const viewer = await requireViewer(request, context);
	return { invoices: await listInvoicesOfDebtor(getDb(), { userId: viewer.userId }) };
}
