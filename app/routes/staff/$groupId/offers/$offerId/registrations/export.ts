import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import { registrationStatuses } from "#app/db/schema.ts";
import { formatPhone } from "#app/domain/families/phone.ts";
import { ageInMonthsOn } from "#app/domain/offers/age.ts";
import { exportRegistrations } from "#app/domain/offers/export-registrations.server.ts";
import { registersByDay } from "#app/domain/offers/register-child.server.ts";
import { toCsv } from "#app/infra/csv.ts";
import { getI18n } from "#app/infra/i18n.server.ts";
import { toXlsx, type XlsxCell } from "#app/infra/xlsx.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { throwAsErrorPage } from "#app/server/form-action.server.ts";
import { formatDate, formatDateTime } from "#app/ui/format.ts";
import { requireStaff } from "../../../../+shared/staff-context.server.ts";
import { ageLabel } from "../../+shared/offer-labels.ts";
import type { Route } from "./+types/export";

const columns = [
	"status",
	"position",
	"fileNumber",
	"lastName",
	"firstName",
	"birthDate",
	"age",
	"care",
	"registeredAt",
	"refusalReason",
	"postalCode",
	"guardians",
	"phones",
	"emails",
	"emergencyContacts",
	"notAllowed",
	"allergies",
	"medications",
	"price",
	"carePrice",
	"totalPrice",
] as const;

/** A typed cell as CSV text in the viewer's language (dd/mm/yyyy, « 85,50 »). */
function asText(cell: XlsxCell, language: string): string | number | null | undefined {
	if (cell === null || cell === undefined || typeof cell !== "object") return cell;
	if ("date" in cell) return formatDate(cell.date, language);
	if ("instant" in cell) return formatDateTime(cell.instant, language);
	return new Intl.NumberFormat(language, {
		minimumFractionDigits: 2,
		maximumFractionDigits: 2,
		useGrouping: false,
	}).format(cell.cents / 100);
}

const personWithPhone = (person: { name: string; relation: string; phone: string }) =>
	`${person.name} (${person.relation}) ${formatPhone(person.phone)}`;

const statusFilter = z.enum(registrationStatuses).optional().catch(undefined);

/**
 * The registrations of a camp or an activity as a spreadsheet: `export.csv` (semicolons, for
 * Excel with a Belgian locale) or `export.xlsx`, in the viewer's language, optionally one
 * state only (`?status=`). With emergency contacts, people NOT allowed to pick up, allergies,
 * medications and prices in euros (offer, extended care, total). In XLSX, dates are dates and
 * prices numbers. Every export is audited.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	const url = documentUrl(request);
	const format = url.pathname.endsWith(".xlsx") ? "xlsx" : "csv";
	const { offer, registrations } = await exportRegistrations({
		db: getDb(),
		actor: staff.actor,
		offerId: params.offerId ?? "",
		format,
		status: statusFilter.parse(url.searchParams.get("status") ?? undefined),
	}).catch(throwAsErrorPage);
	const i18n = getI18n(context);
	const { t, language } = i18n;
	// An activity registered day by day: each row is one day's registration, dated (decision 023).
	const byDay = registersByDay(offer);
	const header = [
		...(byDay ? [t("offerAdmin.export.columns.day")] : []),
		...columns.map((column) => t(`offerAdmin.export.columns.${column}`)),
	];
	const rows: XlsxCell[][] = registrations.map((row) => [
		...(byDay ? [row.offer_day ? { date: row.offer_day } : null] : []),
		t(`offers.registration.status.${row.status}`),
		row.position,
		row.file_number,
		row.last_name,
		row.first_name,
		row.birth_date ? { date: row.birth_date } : null,
		row.birth_date ? ageLabel(t, ageInMonthsOn(row.birth_date, offer.first_day)) : "",
		t(row.with_care ? "offerAdmin.yes" : "offerAdmin.no"),
		{ instant: row.queued_at },
		row.refusal_reason,
		row.postal_code,
		row.guardians.map((guardian) => `${guardian.first_name} ${guardian.last_name}`.trim()).join(", "),
		row.guardians.flatMap((guardian) => (guardian.mobile_phone ? [formatPhone(guardian.mobile_phone)] : [])).join(", "),
		row.guardians.map((guardian) => guardian.email).join(", "),
		row.emergencyContacts.map(personWithPhone).join(", "),
		row.notAllowed.map(personWithPhone).join(", "),
		row.allergies
			.map((allergy) => `${allergy.allergen} (${[allergy.reactions, allergy.what_to_do].join(" — ")})`)
			.join(" ; "),
		row.medications.map((medication) => `${medication.name} ${medication.dose} — ${medication.times}`).join(" ; "),
		{ cents: offer.price_cents },
		{ cents: row.careCents },
		{ cents: row.priceCents },
	]);
	const name = `inscriptions-${offer.first_day}-${offer.id.slice(-8)}`;
	const headers = { "Cache-Control": "no-store" };
	if (format === "xlsx") {
		const workbook = await toXlsx({ sheetName: offer.title, header, rows });
		return new Response(workbook, {
			headers: {
				...headers,
				"Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"Content-Disposition": `attachment; filename="${name}.xlsx"`,
			},
		});
	}
	const csvRows = rows.map((row) => row.map((cell) => asText(cell, language)));
	return new Response(toCsv(header, csvRows), {
		headers: {
			...headers,
			"Content-Type": "text/csv; charset=utf-8",
			"Content-Disposition": `attachment; filename="${name}.csv"`,
		},
	});
}
