import { Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { ChildAvatar } from "#app/ui/child-avatar.tsx";
import { formatDate, formatDayOf } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { CalendarFeedSection } from "./+shared/calendar-feed-section.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["camps.feed", "families.children"] };

export { loader } from "./index.server.ts";

const buttonClass =
	"inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-5 font-semibold uppercase tracking-wide text-white hover:bg-brand-800";

/** « Mes enfants »: one card per child, as in the guide's §4. */
export default function Children({ loaderData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { children } = loaderData;
	return (
		<>
			<title>{`${t("families.children.title")} · Ribambelle`}</title>
			<PageHeader
				title={t("families.children.title")}
				actions={
					<Link to="/children/add" className={buttonClass}>
						+ {t("families.children.add")}
					</Link>
				}
			/>
			{children.length === 0 ? (
				<p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
					{t("families.children.empty")}
				</p>
			) : (
				<ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
					{children.map((child) => {
						const name = `${child.firstName} ${child.lastName.toUpperCase()}`.trim();
						return (
							<li key={child.id} className="flex flex-col panel p-5 shadow-sm">
								<div className="flex items-center gap-4">
									<ChildAvatar
										id={child.id}
										firstName={child.firstName}
										lastName={child.lastName}
										label={t("families.children.avatar", { name })}
									/>
									<div className="min-w-0">
										<h2 className="panel-title">{name}</h2>
										<p className="text-sm text-stone-600">{t("families.children.group", { name: child.groupName })}</p>
									</div>
								</div>
								<ul className="mt-4 space-y-1 text-sm">
									<li className="rounded-md bg-stone-100 px-3 py-1.5">
										{child.status === "validated"
											? t("families.children.validated")
											: t("families.children.submittedOn", { date: formatDayOf(child.submittedAt, language) })}
									</li>
									<li className="rounded-md bg-stone-100 px-3 py-1.5">
										{child.entryDate
											? t("families.children.entryDate", { date: formatDate(child.entryDate, language) })
											: t("families.children.noEntryDate")}
									</li>
									<li
										className={`rounded-md px-3 py-1.5 font-medium ${child.complete ? "bg-brand-50 text-brand-900" : "bg-amber-50 text-amber-950"}`}
									>
										{child.complete
											? `✓ ${t("families.children.complete")}`
											: `⚠ ${t("families.children.incomplete", { count: child.missingCount })}`}
									</li>
								</ul>
								<Link to={`/children/${child.id}/general`} className={`mt-4 ${buttonClass}`}>
									{t("families.children.open")}
									<span className="sr-only"> — {name}</span>
								</Link>
							</li>
						);
					})}
				</ul>
			)}
			{loaderData.calendarFeedUrl ? <CalendarFeedSection url={loaderData.calendarFeedUrl} /> : null}
		</>
	);
}
