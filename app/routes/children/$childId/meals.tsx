import type { SubmissionResult } from "@conform-to/react";
import { Form, Link } from "react-router";
import { addDays } from "#app/infra/clock.ts";
import { dateTimeFormat, localeOf } from "#app/infra/intl.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { ReplyErrors, sentValues } from "#app/ui/form.tsx";
import { formatDateTime as dayAndTime, formatDate, formatMoney, formatWeekdayAndDate } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { MonthSummary } from "../../+shared/meals/month-summary.tsx";
import type { Route } from "./+types/meals";
import { mealIntents } from "./meals-choices.ts";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["meals"] };

export { action, loader } from "./meals.server.ts";

type Data = Route.ComponentProps["loaderData"];
type Day = Data["days"][number];
type LastResult = SubmissionResult<string[]> | undefined;

const buttonClass =
	"inline-flex min-h-11 items-center justify-center rounded-md px-4 font-semibold aria-disabled:opacity-70";
const primaryButton = `${buttonClass} bg-brand-700 text-white hover:bg-brand-800`;
const secondaryButton = `${buttonClass} border border-stone-400 bg-white text-stone-900 hover:bg-stone-100`;

/** « 11/01 »: a week's Monday, without its year. */
function dayAndMonth(day: string, language: string): string {
	const [year, month, date] = day.split("-").map(Number) as [number, number, number];
	return dateTimeFormat(localeOf(language), { timeZone: "UTC", day: "2-digit", month: "2-digit" }).format(
		new Date(Date.UTC(year, month - 1, date)),
	);
}

/** An allergen as an icon and its name: never colour alone. */
function AllergenTag({ code, warning }: { code: string; warning: boolean }) {
	const { t } = useT();
	return (
		<li
			className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${
				warning ? "border-red-700 bg-red-50 text-red-900" : "border-stone-300 bg-stone-50 text-stone-800"
			}`}
		>
			<svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-current">
				{warning ? (
					<path d="M8 1 15 14H1L8 1Zm-.8 5v4h1.6V6H7.2Zm0 5v1.6h1.6V11H7.2Z" />
				) : (
					<circle cx="8" cy="8" r="4" />
				)}
			</svg>
			{t(`meals.allergens.${code}` as never)}
		</li>
	);
}

function DayCard({ day, data, lastResult }: { day: Day; data: Data; lastResult: LastResult }) {
	const { t, language } = useT();
	const childName = data.child.firstName;
	const offerId = data.offer?.id ?? "";
	const booked = day.booking?.status === "booked";
	const warnings = [...new Set(day.dishes.flatMap((dish) => dish.warnings))];
	const sent = sentValues(lastResult, mealIntents.book);
	return (
		<li className="panel p-4 shadow-sm">
			<div className="flex flex-wrap items-baseline justify-between gap-2">
				<h3 className="text-lg font-semibold capitalize text-stone-900">{formatWeekdayAndDate(day.day, language)}</h3>
				{booked ? (
					<span className="rounded-full border border-green-700 bg-green-50 px-2 py-0.5 text-sm font-semibold text-green-900">
						{t(day.booking?.vegetarian ? "meals.page.bookedVegetarianBadge" : "meals.page.bookedBadge")}
					</span>
				) : day.booking?.status === "cancelled" ? (
					<span className="rounded-full border border-stone-400 bg-stone-50 px-2 py-0.5 text-sm font-semibold text-stone-800">
						{t(day.booking.cancellationReason === "sick" ? "meals.page.sickBadge" : "meals.page.cancelledBadge")}
					</span>
				) : null}
			</div>
			{day.closed ? (
				<p className="mt-2 text-stone-700">{t(`meals.page.closed.${day.closed}`)}</p>
			) : (
				<>
					{day.dishes.length === 0 ? (
						<p className="mt-2 text-stone-700">{t("meals.page.noMenu")}</p>
					) : (
						<dl className="mt-2 space-y-2">
							{day.dishes.map((dish) => (
								<div key={dish.course}>
									<dt className="text-sm font-semibold text-stone-700">{t(`meals.courses.${dish.course}`)}</dt>
									<dd className="text-stone-900">
										{dish.name}
										{dish.allergens.length > 0 ? (
											<ul
												className="mt-1 flex flex-wrap gap-1"
												aria-label={t("meals.page.allergensOf", { dish: dish.name })}
											>
												{dish.allergens.map((code) => (
													<AllergenTag key={code} code={code} warning={dish.warnings.includes(code)} />
												))}
											</ul>
										) : null}
									</dd>
								</div>
							))}
						</dl>
					)}
					{warnings.length > 0 ? (
						<p className="mt-3 rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
							{t("meals.page.warning", {
								childName,
								allergens: warnings.map((code) => t(`meals.allergens.${code}` as never)).join(", "),
							})}
						</p>
					) : null}
					<p className="mt-3 text-sm text-stone-800">
						{day.priceCents !== null ? t("meals.page.price", { price: formatMoney(day.priceCents, language) }) : null}
						{day.canBook && day.bookUntil
							? ` · ${t("meals.page.bookUntil", { deadline: dayAndTime(day.bookUntil, language) })}`
							: null}
						{!day.canBook && !day.booking && day.bookUntil && day.priceCents !== null
							? ` · ${t("meals.page.bookingClosed", { week: dayAndMonth(data.monday, language), deadline: dayAndTime(day.bookUntil, language) })}`
							: null}
					</p>
					{day.canBook ? (
						<div className="mt-3 flex min-h-11 items-center gap-2">
							<input
								id={`book-${day.day}`}
								type="checkbox"
								name="days"
								value={day.day}
								form="book-days"
								defaultChecked={sent?.all("days").includes(day.day)}
								className="size-5 rounded border-stone-400"
							/>
							<label htmlFor={`book-${day.day}`} className="font-medium text-stone-900">
								{t("meals.page.chooseDay", { day: formatWeekdayAndDate(day.day, language) })}
							</label>
						</div>
					) : null}
					{booked ? (
						<div className="mt-3 flex flex-wrap gap-2">
							{day.canCancel ? (
								<Form method="post">
									<input type="hidden" name="intent" value={mealIntents.cancel} />
									<input type="hidden" name="mealOfferId" value={offerId} />
									<input type="hidden" name="day" value={day.day} />
									<button type="submit" className={secondaryButton}>
										{t("meals.page.cancel")}
										<span className="sr-only"> — {formatWeekdayAndDate(day.day, language)}</span>
									</button>
								</Form>
							) : null}
							{day.canCancelSick ? (
								<Form method="post">
									<input type="hidden" name="intent" value={mealIntents.sick} />
									<input type="hidden" name="mealOfferId" value={offerId} />
									<input type="hidden" name="day" value={day.day} />
									<button type="submit" className={secondaryButton}>
										{t("meals.page.sick", { childName })}
									</button>
								</Form>
							) : null}
							{day.canCancel && day.cancelUntil ? (
								<p className="basis-full text-sm text-stone-700">
									{t("meals.page.cancelUntil", { deadline: dayAndTime(day.cancelUntil, language) })}
								</p>
							) : null}
						</div>
					) : null}
					<ReplyErrors result={lastResult} intent={mealIntents.cancel} same={{ day: day.day }} />
					<ReplyErrors result={lastResult} intent={mealIntents.sick} same={{ day: day.day }} />
				</>
			)}
		</li>
	);
}

/** « Tous les lundis et jeudis » until a date. */
function PatternForm({ data, lastResult }: { data: Data; lastResult: LastResult }) {
	const { t } = useT();
	const weekdays = [1, 2, 3, 4, 5] as const;
	const sent = sentValues(lastResult, mealIntents.pattern);
	return (
		<Form method="post" className="space-y-3 panel p-4 shadow-sm">
			<h3 className="panel-title">{t("meals.pattern.title")}</h3>
			<input type="hidden" name="intent" value={mealIntents.pattern} />
			<input type="hidden" name="mealOfferId" value={data.offer?.id ?? ""} />
			<fieldset>
				<legend className="text-sm font-semibold text-stone-800">{t("meals.pattern.weekdaysLabel")}</legend>
				<div className="mt-1 flex flex-wrap gap-x-4">
					{weekdays.map((weekday) => (
						<label key={weekday} className="flex min-h-11 items-center gap-2 text-stone-900">
							<input
								type="checkbox"
								name="weekdays"
								value={weekday}
								defaultChecked={sent?.all("weekdays").includes(String(weekday))}
								className="size-5 rounded border-stone-400"
							/>
							{t(`meals.pattern.weekdays${weekday}`)}
						</label>
					))}
				</div>
			</fieldset>
			<div className="grid gap-3 sm:grid-cols-2">
				<label className="block text-sm font-semibold text-stone-800">
					{t("meals.pattern.from")}
					<input
						type="date"
						name="from"
						defaultValue={sent ? sent.text("from") : [data.monday, data.today].sort()[1]}
						required
						className="mt-1 block w-full rounded-md border border-stone-400 px-3 py-2 text-base"
					/>
				</label>
				<label className="block text-sm font-semibold text-stone-800">
					{t("meals.pattern.until")}
					<input
						type="date"
						name="until"
						defaultValue={sent ? sent.text("until") : addDays(data.monday, 4 * 7 + 4)}
						required
						className="mt-1 block w-full rounded-md border border-stone-400 px-3 py-2 text-base"
					/>
				</label>
			</div>
			<label className="flex min-h-11 items-center gap-2 text-stone-900">
				<input
					type="checkbox"
					name="vegetarian"
					defaultChecked={sent?.text("vegetarian") === "on"}
					className="size-5 rounded border-stone-400"
				/>
				{t("meals.page.vegetarian")}
			</label>
			<button type="submit" className={primaryButton}>
				{t("meals.pattern.submit", { childName: data.child.firstName })}
			</button>
			<ReplyErrors result={lastResult} intent={mealIntents.pattern} />
		</Form>
	);
}

/** « Repas »: a week of menus of the chosen meal, with the child's bookings (guide §8). */
export default function ChildMeals({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const data = loaderData;
	const lastResult = (actionData as { result?: LastResult } | undefined)?.result;
	const childName = data.child.firstName;
	const title = t("nav.child.meals");
	const weekLink = (offset: number) => `?offer=${data.offer?.id ?? ""}&week=${addDays(data.monday, offset * 7)}`;
	const bookable = data.days.some((day) => day.canBook);
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<h2 className="text-xl font-bold text-stone-900">{title}</h2>
			{!data.offer ? (
				<p className="mt-4 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
					{t("meals.page.none", { childName })}
				</p>
			) : (
				<>
					<p className="mb-4 text-stone-700">{t("meals.page.lead", { childName })}</p>
					{data.offers.length > 1 ? (
						<nav aria-label={t("meals.page.offers")} className="mb-4 flex flex-wrap gap-2">
							{data.offers.map((offer) => (
								<Link
									key={offer.id}
									to={`?offer=${offer.id}&week=${data.monday}`}
									aria-current={offer.id === data.offer?.id ? "page" : undefined}
									className="rounded-md border border-stone-300 bg-white px-3 py-2 font-medium text-brand-800 underline aria-[current=page]:border-brand-700 aria-[current=page]:no-underline"
								>
									{offer.name} · {offer.houseName}
								</Link>
							))}
						</nav>
					) : (
						<p className="mb-4 font-semibold text-stone-900">
							{data.offer.name} · {data.offer.houseName}
						</p>
					)}
					{data.declared.length > 0 ? (
						<p className="mb-4 rounded-md border border-amber-600 bg-amber-50 p-3 text-stone-900">
							{t("meals.page.declared", {
								childName,
								allergens: data.declared.map((code) => t(`meals.allergens.${code}` as never)).join(", "),
							})}
						</p>
					) : null}
					<nav aria-label={t("meals.page.weeks")} className="mb-4 flex flex-wrap items-center justify-between gap-2">
						<Link to={weekLink(-1)} className={secondaryButton}>
							{t("meals.page.previousWeek")}
						</Link>
						<h3 className="panel-title">{t("meals.page.week", { date: formatDate(data.monday, language) })}</h3>
						<Link to={weekLink(1)} className={secondaryButton}>
							{t("meals.page.nextWeek")}
						</Link>
					</nav>
					<ul className="grid gap-4 lg:grid-cols-2">
						{data.days.map((day) => (
							<DayCard key={day.day} day={day} data={data} lastResult={lastResult} />
						))}
					</ul>
					<div className="mt-4 space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-4">
						<p className="font-semibold text-stone-900">
							{t("meals.page.weekTotal", { price: formatMoney(data.weekTotalCents, language) })}
						</p>
						{bookable ? (
							// One form, two buttons: the ticked days, or every day still open this week.
							<Form method="post" id="book-days" className="space-y-3">
								<input type="hidden" name="mealOfferId" value={data.offer.id} />
								<input type="hidden" name="week" value={data.monday} />
								<label className="flex min-h-11 items-center gap-2 text-stone-900">
									<input
										type="checkbox"
										name="vegetarian"
										defaultChecked={
											(sentValues(lastResult, mealIntents.book) ?? sentValues(lastResult, mealIntents.bookWeek))?.text(
												"vegetarian",
											) === "on"
										}
										className="size-5 rounded border-stone-400"
									/>
									{t("meals.page.vegetarian")}
								</label>
								<div className="flex flex-wrap gap-2">
									<button type="submit" name="intent" value={mealIntents.book} className={primaryButton}>
										{t("meals.page.bookDays", { childName })}
									</button>
									<button type="submit" name="intent" value={mealIntents.bookWeek} className={secondaryButton}>
										{t("meals.page.bookWeek")}
									</button>
								</div>
							</Form>
						) : (
							<p className="text-stone-700">{t("meals.page.nothingToBook")}</p>
						)}
						<ReplyErrors result={lastResult} intent={mealIntents.book} />
						<ReplyErrors result={lastResult} intent={mealIntents.bookWeek} />
					</div>
					<div className="mt-6">
						<PatternForm data={data} lastResult={lastResult} />
					</div>
					<MonthSummary month={data.month} lines={data.monthSummary} />
				</>
			)}
		</>
	);
}
