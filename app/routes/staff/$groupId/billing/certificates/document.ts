import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { renderTaxCertificatePdf, taxCertificateFileName } from "#app/domain/billing/certificate-documents.server.ts";
import { findGroupTaxCertificate } from "#app/domain/billing/read-certificates.server.ts";
import { isId } from "#app/infra/ids.ts";
import { requireGroupAdmin, requireStaff } from "../../../+shared/staff-context.server.ts";
import type { Route } from "./+types/document";

/** A certificate of the group as a PDF, cancelled ones too (group admins; 404 for another group's). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	requireGroupAdmin(staff);
	if (!isId(params.certificateId)) throw data(null, { status: 404 });
	const certificate = await findGroupTaxCertificate(getDb(), {
		access: staff.access,
		certificateId: params.certificateId,
	});
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
