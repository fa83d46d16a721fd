import { getDb } from "#app/db/db.server.ts";
import { belcotaxXml } from "#app/domain/billing/belcotax-xml.ts";
import { firstIncomeYear } from "#app/domain/billing/certificate-input.ts";
import { listGroupTaxCertificates } from "#app/domain/billing/read-certificates.server.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { requireGroupAdmin, requireStaff } from "../../../+shared/staff-context.server.ts";
import type { Route } from "./+types/belcotax";

/**
 * The Belcotax-on-web file of the group's valid certificates of `?year=` (group admins), for
 * upload to SPF Finances; the sender is the group's billing identity, the contact the member
 * who downloads it. Not validated against the official XSD (decision 035).
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	requireGroupAdmin(staff);
	const asked = Number(documentUrl(request).searchParams.get("year"));
	const thisYear = Number(dateInBrussels().slice(0, 4));
	const year = Number.isInteger(asked) && asked >= firstIncomeYear && asked <= thisYear ? asked : thisYear - 1;
	const db = getDb();
	const certificates = (await listGroupTaxCertificates(db, { access: staff.access, incomeYear: year })).filter(
		(certificate) => certificate.cancelledAt === null,
	);
	const [settings, member] = await Promise.all([
		db.selectFrom("billing_settings").selectAll().where("group_id", "=", staff.group.id).executeTakeFirst(),
		db
			.selectFrom("users")
			.select(["first_name", "last_name", "email", "language"])
			.where("id", "=", staff.viewer.userId)
			.executeTakeFirstOrThrow(),
	]);
	const group = await db
		.selectFrom("groups")
		.select(["contact_phone", "contact_email"])
		.where("id", "=", staff.group.id)
		.executeTakeFirstOrThrow();
	const xml = belcotaxXml({
		incomeYear: year,
		createdOn: dateInBrussels(),
		sender: {
			name: settings?.legal_name ?? staff.group.name,
			street: settings?.street ?? "",
			postalCode: settings?.postal_code ?? "",
			locality: settings?.locality ?? "",
			companyNumber: settings?.company_number ?? "",
			contactName: `${member.first_name} ${member.last_name}`.trim(),
			email: group.contact_email ?? member.email,
			phone: group.contact_phone ?? "",
			language: member.language,
		},
		certificates: certificates.map((certificate) => ({
			reference: certificate.label,
			debtor: certificate.debtor,
			child: certificate.child,
			authority: {
				kind: certificate.issuer.authority,
				name: certificate.issuer.authorityName,
				number: certificate.issuer.authorityNumber,
			},
			periods: certificate.periods,
		})),
	});
	return new Response(xml, {
		headers: {
			"Content-Type": "application/xml; charset=utf-8",
			"Content-Disposition": `attachment; filename="belcotax-281-86-${year}.xml"`,
			"Cache-Control": "no-store",
		},
	});
}
