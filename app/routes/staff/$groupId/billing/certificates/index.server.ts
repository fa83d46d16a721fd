import { data } from "react-router";
import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import {
	certifyingAuthoritySchema,
	firstIncomeYear,
	issueCertificatesSchema,
	taxCertificateCapSchema,
} from "#app/domain/billing/certificate-input.ts";
import {
	removeCertificateSignature,
	saveCertificateSignature,
} from "#app/domain/billing/certificate-signature.server.ts";
import { issueTaxCertificates } from "#app/domain/billing/issue-tax-certificates.server.ts";
import {
	listDebtorsWithoutNationalNumber,
	pageGroupTaxCertificates,
	taxCertificateYears,
} from "#app/domain/billing/read-certificates.server.ts";
import { saveCertifyingAuthority } from "#app/domain/billing/save-certifying-authority.server.ts";
import { listTaxCertificateCaps, updateTaxCertificateCap } from "#app/domain/billing/tax-certificate-caps.server.ts";
import { pageFrom } from "#app/domain/list-page.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { requireGroupAdmin, requireStaff } from "../../../+shared/staff-context.server.ts";
import type { Route } from "./+types/index";
import { certificateIntents } from "./forms.ts";

/** « Enregistrer la signature »: a file; what it is, is the use case's check (by content). */
const signatureSchema = z.object({
	signature: z.instanceof(File, { message: "certificates.staff.signature.invalid" }),
});

/** The income year shown (`?year=`): last year by default, never before 2020 nor after this year. */
function chosenYear(request: Request): number {
	const thisYear = Number(dateInBrussels().slice(0, 4));
	const asked = Number(documentUrl(request).searchParams.get("year"));
	return Number.isInteger(asked) && asked >= firstIncomeYear && asked <= thisYear ? asked : thisYear - 1;
}

/**
 * « Attestations fiscales » (group admins; other members 403, other groups 404): the
 * certificates of the chosen income year, the debtors they lack a national number of, the caps
 * of each year and the certifying authority.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	requireGroupAdmin(staff);
	const db = getDb();
	const year = chosenYear(request);
	const page = pageFrom(documentUrl(request).searchParams);
	const [certificates, debtorsWithoutNationalNumber, years, caps, settings] = await Promise.all([
		pageGroupTaxCertificates(db, { access: staff.access, incomeYear: year, page }),
		listDebtorsWithoutNationalNumber(db, { access: staff.access, incomeYear: year }),
		taxCertificateYears(db, staff.group.id),
		listTaxCertificateCaps(db, staff.group.id),
		db.selectFrom("billing_settings").selectAll().where("group_id", "=", staff.group.id).executeTakeFirst(),
	]);
	const thisYear = Number(dateInBrussels().slice(0, 4));
	return {
		group: staff.group,
		year,
		years: [...new Set([thisYear - 1, thisYear, ...years])].sort((a, b) => b - a),
		page: certificates.page,
		hasMore: certificates.hasMore,
		certificates: certificates.rows.map((certificate) => ({
			id: certificate.id,
			label: certificate.label,
			childName: certificate.childName,
			debtorName: certificate.debtorName,
			totalDays: certificate.totalDays,
			totalCents: certificate.totalCents,
			cappedTotalCents: certificate.cappedTotalCents,
			cancelled: certificate.cancelledAt !== null,
			debtorNationalNumberMissing: certificate.debtor.nationalNumber === null,
		})),
		debtorsWithoutNationalNumber,
		caps,
		hasSettings: Boolean(settings),
		hasSignature: Boolean(settings?.signature_key),
		authority: settings
			? {
					authority: settings.certifying_authority,
					authorityName: settings.certifying_authority_name,
					authorityNumber: settings.certifying_authority_number,
					recognition: settings.recognition,
				}
			: null,
		constraints: {
			issue: formConstraint(issueCertificatesSchema),
			cap: formConstraint(taxCertificateCapSchema),
			authority: formConstraint(certifyingAuthoritySchema),
		},
	};
}

/** Issue a year's certificates, save a year's cap, or save the certifying authority, by `intent`. */
export async function action({ request, context, params }: Route.ActionArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	requireGroupAdmin(staff);
	const db = getDb();
	const formData = await readForm(request);
	const page = `/staff/${staff.group.id}/billing/certificates`;
	// The use cases parse the form's text again with the same schemas.
	const raw = (names: string[]) =>
		Object.fromEntries(names.map((name) => [name, formData.get(name) ?? undefined])) as never;
	switch (formData.get("intent")) {
		case certificateIntents.issue:
			return handleForm({
				request,
				formData,
				schema: issueCertificatesSchema,
				run: async (values) => {
					const result = await issueTaxCertificates({ db, actor: staff.actor, incomeYear: values.incomeYear });
					return redirectWithFlash(`${page}?year=${values.incomeYear}`, {
						message:
							result.withoutBirthDate > 0
								? "certificates.staff.issue.withoutBirthDate"
								: "certificates.staff.issue.done",
						values: {
							issued: String(result.issued),
							cancelled: String(result.cancelled),
							unchanged: String(result.unchanged),
							count: String(result.withoutBirthDate),
						},
					});
				},
			});
		case certificateIntents.cap:
			return handleForm({
				request,
				formData,
				schema: taxCertificateCapSchema,
				run: async (values) => {
					await updateTaxCertificateCap({
						db,
						actor: staff.actor,
						input: raw(["incomeYear", "dailyCap", "confirmed"]),
					});
					return redirectWithFlash(`${page}?year=${values.incomeYear}`, { message: "certificates.staff.caps.saved" });
				},
			});
		case certificateIntents.authority:
			return handleForm({
				request,
				formData,
				schema: certifyingAuthoritySchema,
				run: async () => {
					await saveCertifyingAuthority({
						db,
						actor: staff.actor,
						input: raw(["authority", "authorityName", "authorityNumber", "recognition"]),
					});
					return redirectWithFlash(page, { message: "certificates.staff.authority.saved" });
				},
			});
		case certificateIntents.signature:
			return handleForm({
				request,
				formData,
				schema: signatureSchema,
				hideFields: ["signature"],
				run: async ({ signature }) => {
					await saveCertificateSignature({
						db,
						actor: staff.actor,
						storage: getFileStorage(),
						content: Buffer.from(await signature.arrayBuffer()),
						originalName: signature.name,
						clamdSocket: getConfig().clamdSocket,
					});
					return redirectWithFlash(page, { message: "certificates.staff.signature.saved" });
				},
			});
		case certificateIntents.removeSignature:
			return handleForm({
				request,
				formData,
				schema: z.object({}),
				run: async () => {
					await removeCertificateSignature({ db, actor: staff.actor, storage: getFileStorage() });
					return redirectWithFlash(page, { message: "certificates.staff.signature.removed" });
				},
			});
		default:
			throw data(null, { status: 400 });
	}
}
