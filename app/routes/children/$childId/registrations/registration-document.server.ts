import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { findRegistrationDocumentForGuardian } from "#app/domain/offers/registration-documents.repository.server.ts";
import { getLanguage } from "#app/infra/i18n.server.ts";
import { isId } from "#app/infra/ids.ts";
import type { DossierArgs } from "../../../+shared/dossier/dossier-context.server.ts";

/**
 * The registration a document is asked for (accepted, or since cancelled), if the viewer is a guardian of its child
 * (the guardianship is part of the query); 404 for anything else, visitors sent to sign in.
 */
export async function registrationDocumentOf({ request, context, params }: DossierArgs) {
	const viewer = await requireViewer(request, context);
	const { childId, registrationId } = params;
	if (!isId(childId) || !isId(registrationId)) throw data(null, { status: 404 });
	const registration = await findRegistrationDocumentForGuardian(getDb(), {
		userId: viewer.userId,
		childId,
		registrationId,
		language: getLanguage(context),
	});
	if (!registration) throw data(null, { status: 404 });
	return registration;
}
