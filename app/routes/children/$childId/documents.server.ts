import { getDb } from "#app/db/db.server.ts";
import {
	listMutualityCertificatesOfChild,
	listTaxCertificatesOfChild,
} from "#app/domain/billing/read-certificates.server.ts";
import { listInvoicesOfDebtor } from "#app/domain/billing/read-invoices.server.ts";
import { getLanguage } from "#app/infra/i18n.server.ts";
import { guardianDossier } from "../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/documents";

/**
 * « Documents » of a child: the invoices and tax certificates 281.86 addressed to the signed-in
 * guardian for this child (another guardian's stay theirs: decisions 034, 035), and the
 * mutuality certificates of the camps paid in full (any guardian).
 */
export async function loader(args: Route.LoaderArgs) {
	const { child, actor } = await guardianDossier(args);
	const db = getDb();
	const options = { userId: actor.userId, childId: child.id };
	const [invoices, taxCertificates, mutuality] = await Promise.all([
		listInvoicesOfDebtor(db, options),
		listTaxCertificatesOfChild(db, options),
		listMutualityCertificatesOfChild(db, { ...options, language: getLanguage(args.context) }),
	]);
	return {
		child: { id: child.id, firstName: child.first_name || child.last_name },
		invoices,
		taxCertificates: taxCertificates.map((certificate) => ({
			id: certificate.id,
			incomeYear: certificate.incomeYear,
			label: certificate.label,
		})),
		mutuality: mutuality.map((certificate) => ({
			registrationId: certificate.registrationId,
			offerTitle: certificate.offerTitle,
			firstDay: certificate.firstDay,
			lastDay: certificate.lastDay,
		})),
	};
}
