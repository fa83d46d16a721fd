import { sql } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { isGroupAdmin, type StaffAccess } from "#app/domain/groups/permissions.ts";
import type { RunAnomaly } from "./create-invoice-run.server.ts";

/**
 * The group's invoice runs for its admins, newest first (the last 50), each with its number of
 * invoices and total in cents; the draft one (at most one) with its anomalies and its invoices.
 *
 * @throws AppError FORBIDDEN for staff who are not group admins.
 */
export async function readInvoiceRuns(db: Database, access: StaffAccess) {
	if (!isGroupAdmin(access)) throw new AppError("FORBIDDEN");
	const runs = await db
		.selectFrom("invoice_runs")
		.leftJoin("offers", "offers.id", "invoice_runs.offer_id")
		.select([
			"invoice_runs.id",
			"invoice_runs.period_from",
			"invoice_runs.period_to",
			"invoice_runs.status",
			"invoice_runs.anomalies",
			"invoice_runs.created_at",
			"invoice_runs.confirmed_at",
			"offers.title as offer_title",
			(eb) =>
				eb
					.selectFrom("invoices")
					.select(sql<number>`count(*)`.as("count"))
					.whereRef("invoices.run_id", "=", "invoice_runs.id")
					.as("invoice_count"),
			(eb) =>
				eb
					.selectFrom("invoices")
					.select(sql<number>`coalesce(sum(total_cents), 0)`.as("total"))
					.whereRef("invoices.run_id", "=", "invoice_runs.id")
					.as("total_cents"),
		])
		.where("invoice_runs.group_id", "=", access.groupId)
		.orderBy("invoice_runs.created_at", "desc")
		.limit(50)
		.execute();
	const draft = runs.find((run) => run.status === "draft");
	const draftInvoices = draft
		? await db
				.selectFrom("invoices")
				.select(["id", "debtor_name", "total_cents"])
				.where("run_id", "=", draft.id)
				.orderBy("debtor_name")
				.orderBy("id")
				.execute()
		: [];
	return {
		runs: runs.map((run) => ({
			id: run.id,
			from: run.period_from,
			to: run.period_to,
			status: run.status,
			offerTitle: run.offer_title,
			invoiceCount: Number(run.invoice_count ?? 0),
			totalCents: Number(run.total_cents ?? 0),
		})),
		draft: draft
			? {
					id: draft.id,
					from: draft.period_from,
					to: draft.period_to,
					anomalies: JSON.parse(draft.anomalies) as RunAnomaly[],
					invoices: draftInvoices.map((invoice) => ({
						id: invoice.id,
						debtorName: invoice.debtor_name,
						totalCents: invoice.total_cents,
					})),
				}
			: null,
	};
}
