import { Form } from "react-router";
import { auditAreas } from "#app/domain/audit/audit-areas.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { formatDateTime } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Pager, pageHref } from "#app/ui/pager.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"audit.areas",
		"audit.columns",
		"audit.empty",
		"audit.export",
		"audit.filters",
		"audit.ipLine",
		"audit.lead",
		"audit.system",
	],
};

export { loader } from "./index.server.ts";

const control = "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2";

export default function AuditLog({ loaderData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { group, query, actors, events, nextCursor, older } = loaderData;
	const base = `/staff/${group.id}/audit`;
	const filters = new URLSearchParams(
		Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
	);
	return (
		<>
			<title>{`${t("staff.nav.audit")} · ${group.name} · Ribambelle`}</title>
			<PageHeader
				title={t("staff.nav.audit")}
				lead={t("audit.lead")}
				actions={
					<a
						href={`/staff/${group.id}/audit/export?${filters}`}
						className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4 font-semibold text-stone-900 hover:bg-stone-100"
						download
					>
						{t("audit.export")}
					</a>
				}
			/>
			<Form method="get" id="audit-filters" className="mb-6 grid gap-3 panel p-4 sm:grid-cols-5 sm:items-end">
				<div>
					<label htmlFor="audit-action" className="text-sm font-semibold">
						{t("audit.filters.action")}
					</label>
					<select id="audit-action" name="area" defaultValue={query.area ?? ""} className={control}>
						<option value="">{t("audit.filters.all")}</option>
						{auditAreas.map((area) => (
							<option key={area} value={area}>
								{t(`audit.areas.${area}`)}
							</option>
						))}
					</select>
				</div>
				<div>
					<label htmlFor="audit-actor" className="text-sm font-semibold">
						{t("audit.filters.actor")}
					</label>
					<select id="audit-actor" name="actor" defaultValue={query.actor ?? ""} className={control}>
						<option value="">{t("audit.filters.everyone")}</option>
						{actors.map((actor) => (
							<option key={actor.id} value={actor.id}>
								{actor.first_name} {actor.last_name}
							</option>
						))}
					</select>
				</div>
				<div>
					<label htmlFor="audit-from" className="text-sm font-semibold">
						{t("audit.filters.from")}
					</label>
					<input id="audit-from" type="date" name="from" defaultValue={query.from ?? ""} className={control} />
				</div>
				<div>
					<label htmlFor="audit-to" className="text-sm font-semibold">
						{t("audit.filters.to")}
					</label>
					<input id="audit-to" type="date" name="to" defaultValue={query.to ?? ""} className={control} />
				</div>
				<button
					type="submit"
					className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
				>
					{t("audit.filters.apply")}
				</button>
			</Form>
			{events.length === 0 ? (
				<p className="text-stone-700">{t("audit.empty")}</p>
			) : (
				<section
					aria-label={t("staff.nav.audit")}
					// biome-ignore lint/a11y/noNoninteractiveTabindex: a region that may scroll sideways must be reachable by keyboard.
					tabIndex={0}
					className="overflow-x-auto panel"
				>
					<table className="w-full text-left text-sm">
						<caption className="sr-only">{t("staff.nav.audit")}</caption>
						<thead className="bg-stone-100 text-stone-800">
							<tr>
								<th scope="col" className="px-3 py-2">
									{t("audit.columns.when")}
								</th>
								<th scope="col" className="hidden px-3 py-2 sm:table-cell">
									{t("audit.columns.who")}
								</th>
								<th scope="col" className="px-3 py-2">
									{t("audit.columns.what")}
								</th>
								<th scope="col" className="hidden px-3 py-2 sm:table-cell">
									{t("audit.columns.ip")}
								</th>
							</tr>
						</thead>
						<tbody className="divide-y divide-stone-200">
							{events.map((event) => (
								<tr key={event.id}>
									<td className="px-3 py-2 sm:whitespace-nowrap">{formatDateTime(event.occurred_at, language)}</td>
									<td className="hidden px-3 py-2 sm:table-cell">
										{event.actor_user_id
											? `${event.actor_first_name ?? ""} ${event.actor_last_name ?? ""}`
											: t("audit.system")}
									</td>
									<td className="px-3 py-2">
										{event.sentence}
										<code className="mt-1 block break-all text-xs text-stone-600">{event.action}</code>
										{/* Phones have no room for the address column: it goes under the sentence. */}
										<span className="mt-1 block text-xs text-stone-600 sm:hidden">
											{t("audit.ipLine", { address: event.ip_address ?? "—" })}
										</span>
									</td>
									<td className="hidden px-3 py-2 sm:table-cell">{event.ip_address ?? "—"}</td>
								</tr>
							))}
						</tbody>
					</table>
				</section>
			)}
			<Pager
				label={t("staff.nav.audit")}
				first={older ? pageHref(base, query, 1) : null}
				next={nextCursor ? `${base}?${new URLSearchParams([...filters, ["before", nextCursor]])}` : null}
			/>
		</>
	);
}
