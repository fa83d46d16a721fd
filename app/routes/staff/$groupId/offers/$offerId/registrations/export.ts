import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import { registrationStatuses } from "#app/db/schema.ts";
import { formatPhone } from "#app/domain/families/phone.ts";
import { ageInMonthsOn } from "#app/domain/offers/age.ts";
import { exportRegistrations } from "#app/domain/offers/export-registrations.server.ts";
import { registersByDay } from "#app/domain/offers/register-child.server.ts";
import { toCsv } from "#app/infra/csv.ts";
import { getI18n } from "#app/infra/i18n.server.ts";
import { toXlsx } from "#app/infra/xlsx.server.ts";
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
] as const;

const statusFilter = z.enum(registrationStatuses).optional().catch(undefined);

/**
 * The registrations of a camp or an activity as a spreadsheet: `export.csv` (semicolons, for
 * Excel with a Belgian locale) or `export.xlsx`, in the viewer's language, optionally one
 * state only (`?status=`). Every export is audited.
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
	const rows = registrations.map((row) => [
		...(byDay ? [row.offer_day ? formatDate(row.offer_day, language) : ""] : []),
		t(`offers.registration.status.${row.status}`),
		row.position,
		row.file_number,
		row.last_name,
		row.first_name,
		row.birth_date ? formatDate(row.birth_date, language) : "",
		row.birth_date ? ageLabel(t, ageInMonthsOn(row.birth_date, offer.first_day)) : "",
		t(row.with_care ? "offerAdmin.yes" : "offerAdmin.no"),
		formatDateTime(row.queued_at, language),
		row.refusal_reason,
		row.postal_code,
		row.guardians.map((guardian) => `${guardian.first_name} ${guardian.last_name}`.trim()).join(", "),
		row.guardians.flatMap((guardian) => (guardian.mobile_phone ? [formatPhone(guardian.mobile_phone)] : [])).join(", "),
		row.guardians.map((guardian) => guardian.email).join(", "),
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
	return new Response(toCsv(header, rows), {
		headers: {
			...headers,
			"Content-Type": "text/csv; charset=utf-8",
			"Content-Disposition": `attachment; filename="${name}.csv"`,
		},
	});
}
