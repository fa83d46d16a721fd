import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import { invoiceStatuses } from "#app/db/schema.ts";
import { listGroupInvoices } from "#app/domain/billing/read-invoices.server.ts";
import { pageFrom } from "#app/domain/list-page.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { throwAsErrorPage } from "#app/server/form-action.server.ts";
import { requireGroupAdmin, requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/invoices";

const statusFilter = z.enum(invoiceStatuses).optional().catch(undefined);

/** The group's issued invoices, newest first, by page, optionally of one state (`?status=`). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	requireGroupAdmin(staff);
	const search = documentUrl(request).searchParams;
	const status = statusFilter.parse(search.get("status") ?? undefined);
	const page = await listGroupInvoices(getDb(), { access: staff.access, status, page: pageFrom(search) }).catch(
		throwAsErrorPage,
	);
	return { group: staff.group, status: status ?? "", ...page };
}
