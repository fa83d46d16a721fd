import { Form } from "react-router";
import { invoiceStatuses } from "#app/db/schema.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { FilterSelect } from "#app/ui/filter-select.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Pager, pageHref } from "#app/ui/pager.tsx";
import { InvoiceList } from "../../../+shared/billing/invoice-list.tsx";
import { BillingNav } from "./+nav.tsx";
import type { Route } from "./+types/invoices";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["billing.staff", "billing.parent.columns", "billing.kind", "billing.status", "billing.invoice.dueOn"],
};

export { loader } from "./invoices.server.ts";

/** The group's invoices for its admins, filtered by state, by page. */
export default function StaffInvoices({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	const data = loaderData;
	const base = `/staff/${data.group.id}/billing/invoices`;
	const filters = { status: data.status };
	return (
		<>
			<title>{`${t("billing.staff.invoices.title")} · ${data.group.name} · Ribambelle`}</title>
			<PageHeader title={t("billing.staff.title")} />
			<BillingNav groupId={data.group.id} />
			<Form method="get" className="mb-4 flex flex-wrap items-end gap-3">
				<FilterSelect
					id="invoices-status"
					name="status"
					label={t("listFilters.status")}
					allLabel={t("listFilters.allStatuses")}
					value={data.status}
					options={invoiceStatuses
						.filter((status) => status !== "draft")
						.map((status) => ({ value: status, label: t(`billing.status.${status}`) }))}
				/>
				<button
					type="submit"
					className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4 font-semibold hover:bg-stone-100"
				>
					{t("billing.staff.invoices.filter")}
				</button>
			</Form>
			{data.rows.length === 0 ? (
				<p className="rounded-md border border-stone-200 bg-white p-4 text-stone-700">
					{t("billing.staff.invoices.none")}
				</p>
			) : (
				<InvoiceList invoices={data.rows} hrefOf={(invoice) => invoice.id} showDebtor />
			)}
			<Pager
				label={t("billing.staff.invoices.title")}
				page={data.page}
				previous={data.page > 1 ? pageHref(base, filters, data.page - 1) : null}
				next={data.hasMore ? pageHref(base, filters, data.page + 1) : null}
			/>
		</>
	);
}
