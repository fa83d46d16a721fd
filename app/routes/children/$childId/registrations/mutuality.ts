import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import {
	mutualityCertificateFileName,
	renderMutualityCertificatePdf,
} from "#app/domain/billing/certificate-documents.server.ts";
import { certificateSignature } from "#app/domain/billing/certificate-signature.server.ts";
import { listMutualityCertificatesOfChild } from "#app/domain/billing/read-certificates.server.ts";
import { getLanguage } from "#app/infra/i18n.server.ts";
import { isId } from "#app/infra/ids.ts";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";
import type { Route } from "./+types/mutuality";

/**
 * The mutuality certificate of a camp registration, in the reader's language, for a guardian of
 * the child once the registration is accepted and its invoice paid; 404 otherwise.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const viewer = await requireViewer(request, context);
	const { childId, registrationId } = params;
	if (!isId(childId) || !isId(registrationId)) throw data(null, { status: 404 });
	const language = getLanguage(context);
	const [certificate] = await listMutualityCertificatesOfChild(getDb(), {
		userId: viewer.userId,
		childId,
		registrationId,
		language,
	});
	if (!certificate) throw data(null, { status: 404 });
	const signature = await certificateSignature(getFileStorage(), certificate.organiser.signatureKey);
	const pdf = await renderMutualityCertificatePdf(certificate, language, signature);
	return new Response(new Uint8Array(pdf), {
		headers: {
			"Content-Type": "application/pdf",
			"Content-Disposition": `inline; filename="${mutualityCertificateFileName(certificate, language)}"`,
			"Cache-Control": "no-store",
		},
	});
}
