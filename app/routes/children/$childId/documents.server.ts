import { getDb } from "#app/db/db.server.ts";
import {
	listMutualityCertificatesOfChild,
	listTaxCertificatesOfChild,
} from "#app/domain/billing/read-certificates.server.ts";
import { listInvoicesOfDebtor } from "#app/domain/billing/read-invoices.server.ts";
import { listPublishedDocumentsOfChild } from "#app/domain/documents/published-documents.repository.server.ts";
import { listRegistrationConfirmationsOfChild } from "#app/domain/offers/registration-documents.repository.server.ts";
import { getLanguage } from "#app/infra/i18n.server.ts";
import { guardianDossier } from "../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/documents";

/**
 * « Documents » of a child, every document about it in one list, by kind, newest first: what
 * its houses published for the family (not withdrawn), the confirmations of its registrations
 * (accepted, or the cancellation once cancelled), the invoices and tax certificates 281.86
 * addressed to the signed-in guardian for this child (another guardian's stay theirs:
 * decisions 034, 035), and the mutuality certificates of the camps paid in full (any guardian).
 */
export async function loader(args: Route.LoaderArgs) {
	const { child, actor } = await guardianDossier(args);
	const db = getDb();
	const language = getLanguage(args.context);
	const options = { userId: actor.userId, childId: child.id };
	const [published, confirmations, invoices, taxCertificates, mutuality] = await Promise.all([
		listPublishedDocumentsOfChild(db, { ...options, language }),
		listRegistrationConfirmationsOfChild(db, { ...options, language }),
		listInvoicesOfDebtor(db, options),
		listTaxCertificatesOfChild(db, options),
		listMutualityCertificatesOfChild(db, { ...options, language }),
	]);
	return {
		child: { id: child.id, firstName: child.first_name || child.last_name },
		published: published.map((document) => ({
			id: document.id,
			title: document.title,
			description: document.description,
			mediaType: document.media_type,
			sizeBytes: document.size_bytes,
			publishedAt: document.published_at,
			houseName: document.house_name,
			opened: document.opened_at !== null,
		})),
		confirmations: confirmations.sort((a, b) => b.at.localeCompare(a.at)),
		invoices,
		taxCertificates: taxCertificates.map((certificate) => ({
			id: certificate.id,
			incomeYear: certificate.incomeYear,
			label: certificate.label,
		})),
		mutuality: mutuality
			.map((certificate) => ({
				registrationId: certificate.registrationId,
				offerTitle: certificate.offerTitle,
				firstDay: certificate.firstDay,
				lastDay: certificate.lastDay,
			}))
			.sort((a, b) => b.firstDay.localeCompare(a.firstDay)),
	};
}
