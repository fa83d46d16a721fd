import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { renderInvoiceDocument } from "#app/domain/billing/invoice-pdf.server.ts";
import { readInvoiceForParent } from "#app/domain/billing/read-invoices.server.ts";
import { isId } from "#app/infra/ids.ts";
import { throwAsErrorPage } from "#app/server/form-action.server.ts";
import { invoiceFileName, invoicePdfResponse, invoiceViewOf } from "../+shared/billing/invoice-view.server.ts";
import type { Route } from "./+types/$invoiceId";
import type { Route as PdfRoute } from "./+types/pdf";

type Args = Route.LoaderArgs | PdfRoute.LoaderArgs;

/** The signed-in parent's issued invoice (404 for anyone else's, a draft, or a malformed id). */
async function parentInvoice({ request, context, params }: Args) {
	const viewer = await requireViewer(request, context);
	if (!isId(params.invoiceId)) throw data(null, { status: 404 });
	return readInvoiceForParent(getDb(), { userId: viewer.userId, invoiceId: params.invoiceId }).catch(throwAsErrorPage);
}

/** One invoice for its debtor: lines, totals, what is due and how to pay it. */
export async function loader(args: Route.LoaderArgs) {
	const invoice = await parentInvoice(args);
	return { id: invoice.id, invoice: await invoiceViewOf(invoice) };
}

/** The invoice as a PDF in the language it was issued in, with the EPC QR code of what is due. */
export async function pdfLoader(args: PdfRoute.LoaderArgs) {
	const invoice = await parentInvoice(args);
	return invoicePdfResponse(await renderInvoiceDocument(invoice), invoiceFileName(invoice));
}
