import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { renderTaxCertificatePdf, taxCertificateFileName } from "#app/domain/billing/certificate-documents.server.ts";
import { findTaxCertificateForParent } from "#app/domain/billing/read-certificates.server.ts";
import { isId } from "#app/infra/ids.ts";
import type { Route } from "./+types/tax";

/**
 * A tax certificate 281.86 as a PDF, in the language it was issued in, for its debtor while a
 * guardian of the child (the query checks both); 404 for anyone else, visitors sent to sign in.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const viewer = await requireViewer(request, context);
	const { childId, certificateId } = params;
	if (!isId(childId) || !isId(certificateId)) throw data(null, { status: 404 });
	const certificate = await findTaxCertificateForParent(getDb(), { userId: viewer.userId, childId, certificateId });
	if (!certificate) throw data(null, { status: 404 });
	const pdf = await renderTaxCertificatePdf(certificate);
	return new Response(new Uint8Array(pdf), {
		headers: {
			"Content-Type": "application/pdf",
			"Content-Disposition": `inline; filename="${taxCertificateFileName(certificate)}"`,
			"Cache-Control": "no-store",
		},
	});
}
