import { data } from "react-router";
import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import { addBillingAdjustment } from "#app/domain/billing/add-adjustment.server.ts";
import { readBillingSettings } from "#app/domain/billing/billing-settings.server.ts";
import { confirmInvoiceRun, discardInvoiceRun } from "#app/domain/billing/confirm-invoice-run.server.ts";
import { createInvoiceRun } from "#app/domain/billing/create-invoice-run.server.ts";
import { invoiceRunSchema } from "#app/domain/billing/invoice-run-input.ts";
import { adjustmentSchema } from "#app/domain/billing/payment-input.ts";
import { readInvoiceRuns } from "#app/domain/billing/read-invoice-runs.server.ts";
import { getLanguage } from "#app/infra/i18n.server.ts";
import { pluralKey } from "#app/infra/intl.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm, throwAsErrorPage } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { requireGroupAdmin, requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/index";
import { typedValues } from "./forms.server.ts";

const runIdSchema = z.object({ runId: z.string().trim().min(1).max(64) });

/** « Facturation » (group admins): the run in preparation with its anomalies, earlier runs, the forms. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	requireGroupAdmin(staff);
	const db = getDb();
	const offers = await db
		.selectFrom("offers")
		.select(["id", "title", "first_day", "last_day"])
		.where("group_id", "=", staff.group.id)
		.where("archived_at", "is", null)
		.orderBy("first_day", "desc")
		.limit(100)
		.execute();
	return {
		group: staff.group,
		hasSettings: Boolean(await readBillingSettings(db, staff.group.id)),
		offers,
		...(await readInvoiceRuns(db, staff.access).catch(throwAsErrorPage)),
		constraints: { run: formConstraint(invoiceRunSchema), adjustment: formConstraint(adjustmentSchema) },
	};
}

export async function action({ request, context, params }: Route.ActionArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	requireGroupAdmin(staff);
	const db = getDb();
	const formData = await readForm(request);
	const intent = formData.get("intent");
	const back = `/staff/${staff.group.id}/billing`;
	if (intent === "create-run") {
		return handleForm({
			request,
			formData,
			schema: invoiceRunSchema,
			run: async (_values, form) => {
				const { offerId, ...period } = typedValues(form);
				await createInvoiceRun({
					db,
					actor: staff.actor,
					input: { from: period.from ?? "", to: period.to ?? "", offerId: offerId || undefined },
				});
				return redirectWithFlash(back, { message: "billing.staff.runs.created" });
			},
		});
	}
	if (intent === "confirm-run" || intent === "discard-run") {
		return handleForm({
			request,
			formData,
			schema: runIdSchema,
			run: async ({ runId }) => {
				if (intent === "discard-run") {
					await discardInvoiceRun({ db, actor: staff.actor, runId });
					return redirectWithFlash(back, { message: "billing.staff.runs.discarded" });
				}
				const { invoiceCount } = await confirmInvoiceRun({ db, actor: staff.actor, runId });
				return redirectWithFlash(`${back}/invoices`, {
					message: pluralKey("billing.staff.runs.confirmed", invoiceCount, getLanguage(context)),
					values: { count: String(invoiceCount) },
				});
			},
		});
	}
	if (intent === "add-adjustment") {
		return handleForm({
			request,
			formData,
			schema: adjustmentSchema,
			run: async (_values, form) => {
				await addBillingAdjustment({ db, actor: staff.actor, input: adjustmentInput(typedValues(form)) });
				return redirectWithFlash(back, { message: "billing.staff.adjustments.added" });
			},
		});
	}
	throw data(null, { status: 400 });
}

function adjustmentInput(values: Record<string, string>) {
	return {
		fileNumber: values.fileNumber ?? "",
		serviceOn: values.serviceOn ?? "",
		description: values.description ?? "",
		amountCents: values.amountCents ?? "",
	};
}
