import type { SubmissionResult } from "@conform-to/react";
import { Form, Link } from "react-router";
import { addDays } from "#app/infra/clock.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { ReplyErrors, sentValues } from "#app/ui/form.tsx";
import { formatDate, formatDateTime, formatMoney, formatWeekdayAndDate } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { MonthSummary } from "../../../../+shared/meals/month-summary.tsx";
import type { Route } from "./+types/meals";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"meals.allergens",
		"meals.book",
		"meals.cancel",
		"meals.page",
		"meals.staffChild",
		"meals.summary",
		"meals.validation",
	],
};

export { action, loader } from "./meals.server.ts";

type LastResult = SubmissionResult<string[]> | undefined;

/** « Repas » of a child's dossier, staff side: the week, and one-day exceptions with a reason. */
export default function StaffChildMeals({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { offer, offers, days, monday, canEdit } = loaderData;
	const lastResult = (actionData as { result?: LastResult } | undefined)?.result;
	const title = t("meals.staffChild.title");
	const weekLink = (offset: number) => `?offer=${offer?.id ?? ""}&week=${addDays(monday, offset * 7)}`;
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<h2 className="text-xl font-bold text-stone-900">{title}</h2>
			{!offer ? (
				<p className="mt-4 text-stone-700">{t("meals.staffChild.none")}</p>
			) : (
				<>
					<p className="my-2 text-stone-700">{t("meals.staffChild.lead")}</p>
					<nav aria-label={t("meals.page.offers")} className="mb-3 flex flex-wrap gap-2">
						{offers.map((candidate) => (
							<Link
								key={candidate.id}
								to={`?offer=${candidate.id}&week=${monday}`}
								aria-current={candidate.id === offer.id ? "page" : undefined}
								className="rounded-md border border-stone-300 bg-white px-3 py-2 text-brand-800 underline aria-[current=page]:no-underline"
							>
								{candidate.name} · {candidate.houseName}
							</Link>
						))}
					</nav>
					<nav aria-label={t("meals.page.weeks")} className="mb-4 flex flex-wrap items-center justify-between gap-2">
						<Link to={weekLink(-1)} className="text-brand-800 underline">
							{t("meals.page.previousWeek")}
						</Link>
						<h3 className="font-semibold text-stone-900">
							{t("meals.page.week", { date: formatDate(monday, language) })}
						</h3>
						<Link to={weekLink(1)} className="text-brand-800 underline">
							{t("meals.page.nextWeek")}
						</Link>
					</nav>
					<ul className="space-y-3">
						{days.map((day) => {
							const label = formatWeekdayAndDate(day.day, language);
							return (
								<li key={day.day} className="panel p-4">
									<div className="flex flex-wrap items-baseline justify-between gap-2">
										<h4 className="font-semibold capitalize text-stone-900">{label}</h4>
										<span className="text-sm font-medium text-stone-800">
											{day.closed
												? t(`meals.page.closed.${day.closed}`)
												: day.status === "booked"
													? t("meals.page.bookedBadge")
													: day.status === "cancelled"
														? t("meals.page.cancelledBadge")
														: t("meals.staffChild.notBooked")}
											{day.priceCents !== null && !day.closed ? ` · ${formatMoney(day.priceCents, language)}` : null}
										</span>
									</div>
									{day.warnings.length > 0 ? (
										<p className="mt-1 text-sm font-semibold text-red-900">
											{t("meals.staffChild.warning", {
												allergens: day.warnings.map((code) => t(`meals.allergens.${code}` as never)).join(", "),
											})}
										</p>
									) : null}
									{canEdit && !day.closed && day.priceCents !== null ? (
										<Form method="post" className="mt-2 flex flex-wrap items-end gap-2">
											<input
												type="hidden"
												name="intent"
												value={day.status === "booked" ? "staff-cancel" : "staff-book"}
											/>
											<input type="hidden" name="mealOfferId" value={offer.id} />
											<input type="hidden" name="day" value={day.day} />
											<label className="block grow text-sm text-stone-800">
												{t("meals.staffChild.reason", { day: label })}
												<input
													name="reason"
													maxLength={300}
													defaultValue={
														sentValues(lastResult, day.status === "booked" ? "staff-cancel" : "staff-book", {
															same: { day: day.day },
														})?.text("reason") ?? ""
													}
													className="mt-1 block w-full rounded-md border border-stone-400 px-3 py-2 text-base"
												/>
											</label>
											<button
												type="submit"
												className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4 font-semibold text-stone-900 hover:bg-stone-100"
											>
												{day.status === "booked" ? t("meals.staffChild.cancel") : t("meals.staffChild.book")}
												<span className="sr-only"> — {label}</span>
											</button>
											<p className="basis-full text-xs text-stone-600">
												{day.status === "booked" && day.cancelUntil
													? t("meals.staffChild.cancelUntil", { deadline: formatDateTime(day.cancelUntil, language) })
													: day.bookUntil
														? t("meals.staffChild.bookUntil", { deadline: formatDateTime(day.bookUntil, language) })
														: null}
											</p>
											<ReplyErrors
												result={lastResult}
												intent={day.status === "booked" ? "staff-cancel" : "staff-book"}
												same={{ day: day.day }}
											/>
										</Form>
									) : null}
								</li>
							);
						})}
					</ul>
				</>
			)}
			<MonthSummary month={loaderData.month} lines={loaderData.monthSummary} />
		</>
	);
}
