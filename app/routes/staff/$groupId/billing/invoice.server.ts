import { data } from "react-router";
import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import { cancelInvoice } from "#app/domain/billing/cancel-invoice.server.ts";
import { renderInvoiceDocument } from "#app/domain/billing/invoice-pdf.server.ts";
import { paymentSchema } from "#app/domain/billing/payment-input.ts";
import { readInvoiceForStaff } from "#app/domain/billing/read-invoices.server.ts";
import { recordPayment } from "#app/domain/billing/record-payment.server.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { isId } from "#app/infra/ids.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm, throwAsErrorPage } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { invoiceFileName, invoicePdfResponse, invoiceViewOf } from "../../../+shared/billing/invoice-view.server.ts";
import { requireGroupAdmin, requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/invoice";
import type { Route as PdfRoute } from "./+types/invoice-pdf";
import { typedValues } from "./forms.server.ts";

const cancelSchema = z.object({ reason: z.string().trim().max(200, "validation.tooLong").optional() });

/** An invoice of the group for one of its admins (404 otherwise). */
async function staffInvoice({ request, context, params }: Route.LoaderArgs | PdfRoute.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	requireGroupAdmin(staff);
	if (!isId(params.invoiceId)) throw data(null, { status: 404 });
	const invoice = await readInvoiceForStaff(getDb(), { access: staff.access, invoiceId: params.invoiceId }).catch(
		throwAsErrorPage,
	);
	return { staff, invoice };
}

/** One invoice for staff: what the parent sees, its payments, and the forms to record a payment or cancel it. */
export async function loader(args: Route.LoaderArgs) {
	const { staff, invoice } = await staffInvoice(args);
	return {
		group: staff.group,
		id: invoice.id,
		today: dateInBrussels(),
		payable: invoice.kind === "invoice" && (invoice.status === "open" || invoice.status === "partly_paid"),
		cancellable: invoice.kind === "invoice" && invoice.status === "open" && invoice.paidCents === 0,
		payments: invoice.payments,
		invoice: await invoiceViewOf(invoice),
		constraints: { payment: formConstraint(paymentSchema) },
	};
}

export async function action(args: Route.ActionArgs) {
	const { request } = args;
	const { staff, invoice } = await staffInvoice(args);
	const db = getDb();
	const formData = await readForm(request);
	const intent = formData.get("intent");
	const back = `/staff/${staff.group.id}/billing/invoices/${invoice.id}`;
	if (intent === "record-payment") {
		return handleForm({
			request,
			formData,
			schema: paymentSchema,
			run: async (_values, form) => {
				const values = typedValues(form);
				await recordPayment({
					db,
					actor: staff.actor,
					invoiceId: invoice.id,
					input: {
						amountCents: values.amountCents ?? "",
						receivedOn: values.receivedOn ?? "",
						method: (values.method ?? "") as never,
						note: values.note || undefined,
					},
				});
				return redirectWithFlash(back, { message: "billing.staff.invoices.paymentRecorded" });
			},
		});
	}
	if (intent === "cancel-invoice") {
		return handleForm({
			request,
			formData,
			schema: cancelSchema,
			run: async ({ reason }) => {
				const { creditNoteId, creditNoteNumber } = await cancelInvoice({
					db,
					actor: staff.actor,
					invoiceId: invoice.id,
					reason: reason ?? "",
				});
				return redirectWithFlash(`/staff/${staff.group.id}/billing/invoices/${creditNoteId}`, {
					message: "billing.staff.invoices.cancelled",
					values: { number: creditNoteNumber },
				});
			},
		});
	}
	throw data(null, { status: 400 });
}

/** The invoice's PDF for staff (drafts too, titled « Projet de facture »). */
export async function pdfLoader(args: PdfRoute.LoaderArgs) {
	const { invoice } = await staffInvoice(args);
	return invoicePdfResponse(await renderInvoiceDocument(invoice), invoiceFileName(invoice));
}
