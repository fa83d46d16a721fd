import { Form, Link } from "react-router";
import { childStatuses } from "#app/db/schema.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { formatDate, formatDayOf } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Pager, pageHref } from "#app/ui/pager.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["families.dossier", "families.staff"] };

export { loader } from "./index.server.ts";

const control = "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2";

/** The group's dossiers: the queue of new ones, search by name or number, filter by status. */
export default function StaffChildren({ loaderData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { group, filters, rows, hasMore, page, submittedCount } = loaderData;
	const base = `/staff/${group.id}/children`;
	const pageLink = (target: number) =>
		pageHref(base, { q: filters.query, status: filters.status, from: filters.from, to: filters.to }, target);
	return (
		<>
			<title>{`${t("families.staff.title")} · ${group.name} · Ribambelle`}</title>
			<PageHeader title={t("families.staff.title")} lead={t("families.staff.lead")} />
			<p className="mb-4">
				{submittedCount > 0 ? (
					<Link
						to={`${base}?status=submitted`}
						className="inline-flex min-h-11 items-center rounded-md bg-amber-100 px-4 warning-link"
					>
						{t("families.staff.queue", { count: submittedCount })}
					</Link>
				) : (
					<span className="text-stone-700">{t("families.staff.queueNone")}</span>
				)}
			</p>
			<Form
				method="get"
				id="dossier-filters"
				className="mb-6 grid gap-3 panel p-4 sm:grid-cols-2 lg:grid-cols-[1fr_14rem_10rem_10rem_auto] sm:items-end"
			>
				<div>
					<label htmlFor="dossier-search" className="text-sm font-semibold">
						{t("families.staff.searchLabel")}
					</label>
					<input id="dossier-search" name="q" type="search" defaultValue={filters.query} className={control} />
				</div>
				<div>
					<label htmlFor="dossier-status" className="text-sm font-semibold">
						{t("families.staff.status")}
					</label>
					<select id="dossier-status" name="status" defaultValue={filters.status} className={control}>
						<option value="">{t("families.staff.allStatuses")}</option>
						{childStatuses.map((status) => (
							<option key={status} value={status}>
								{t(`families.dossier.status.${status}`)}
							</option>
						))}
					</select>
				</div>
				<div>
					<label htmlFor="dossier-from" className="text-sm font-semibold">
						{t("families.staff.submittedFrom")}
					</label>
					<input id="dossier-from" name="from" type="date" defaultValue={filters.from} className={control} />
				</div>
				<div>
					<label htmlFor="dossier-to" className="text-sm font-semibold">
						{t("families.staff.submittedTo")}
					</label>
					<input id="dossier-to" name="to" type="date" defaultValue={filters.to} className={control} />
				</div>
				<button
					type="submit"
					className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
				>
					{t("families.staff.search")}
				</button>
			</Form>
			{rows.length === 0 ? (
				<p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
					{t("families.staff.empty")}
				</p>
			) : (
				<div className="overflow-x-auto panel">
					<table className="w-full text-left text-sm">
						<thead className="bg-stone-100 text-stone-800">
							<tr>
								<th scope="col" className="px-3 py-2">
									{t("families.staff.columns.number")}
								</th>
								<th scope="col" className="px-3 py-2">
									{t("families.staff.columns.child")}
								</th>
								<th scope="col" className="px-3 py-2">
									{t("families.staff.columns.birthDate")}
								</th>
								<th scope="col" className="px-3 py-2">
									{t("families.staff.columns.status")}
								</th>
								<th scope="col" className="px-3 py-2">
									{t("families.staff.columns.submittedAt")}
								</th>
							</tr>
						</thead>
						<tbody className="divide-y divide-stone-200">
							{rows.map((child) => (
								<tr key={child.id}>
									<td className="px-3 py-2 font-mono">{child.file_number}</td>
									<td className="px-3 py-2">
										<Link to={`${base}/${child.id}`} className="font-medium text-brand-800 underline">
											{child.last_name.toUpperCase()} {child.first_name}
										</Link>
									</td>
									<td className="px-3 py-2">{child.birth_date ? formatDate(child.birth_date, language) : "—"}</td>
									<td className="px-3 py-2">
										<span
											className={`rounded-full px-2 py-0.5 text-xs font-semibold ${child.status === "submitted" ? "bg-amber-100 text-amber-950" : child.status === "validated" ? "bg-brand-50 text-brand-900" : "bg-stone-200 text-stone-800"}`}
										>
											{t(`families.dossier.status.${child.status}`)}
										</span>
									</td>
									<td className="px-3 py-2">{formatDayOf(child.submitted_at, language)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
			<Pager
				label={t("families.staff.title")}
				page={page}
				previous={page > 1 ? pageLink(page - 1) : null}
				next={hasMore ? pageLink(page + 1) : null}
			/>
		</>
	);
}
