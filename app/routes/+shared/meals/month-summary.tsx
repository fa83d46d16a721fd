import type { MealMonthLine } from "#app/domain/meals/meal-month-summary.server.ts";
import { dateTimeFormat, localeOf } from "#app/infra/intl.ts";
import { formatMoney } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";

/**
 * What was booked, cancelled and credited in `month` (`YYYY-MM`) per meal (issue 12 §9), at the
 * prices booked: the parent's « Repas » and the staff's view of the dossier. Renders
 * `meals.summary.*`.
 */
export function MonthSummary({ month: shown, lines }: { month: string; lines: MealMonthLine[] }) {
	const { t, language } = useT();
	const [year, month] = shown.split("-").map(Number) as [number, number];
	const monthName = dateTimeFormat(localeOf(language), { timeZone: "UTC", month: "long", year: "numeric" }).format(
		new Date(Date.UTC(year, month - 1, 1)),
	);
	return (
		<section aria-labelledby="meals-month" className="mt-6 panel p-4">
			<h3 id="meals-month" className="panel-title">
				{t("meals.summary.title", { month: monthName })}
			</h3>
			{lines.length === 0 ? (
				<p className="mt-2 text-stone-700">{t("meals.summary.none")}</p>
			) : (
				<ul className="mt-2 space-y-2">
					{lines.map((line) => (
						<li key={line.mealOfferId} className="text-stone-900">
							<span className="font-semibold">{line.name}</span>
							{" — "}
							{t("meals.summary.booked", { count: line.booked, amount: formatMoney(line.bookedCents, language) })}
							{line.cancelled > 0 ? ` · ${t("meals.summary.cancelled", { count: line.cancelled })}` : null}
							{line.credited > 0
								? ` · ${t("meals.summary.credited", { count: line.credited, amount: formatMoney(line.creditedCents, language) })}`
								: null}
						</li>
					))}
				</ul>
			)}
		</section>
	);
}
