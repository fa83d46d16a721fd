import type { SubmissionResult } from "@conform-to/react";
import { useId } from "react";
import { Form, Link } from "react-router";
import { allergenCodes } from "#app/domain/meals/allergens.ts";
import { mealCycleWeeks } from "#app/domain/meals/meal-cycle.ts";
import { mealCourses } from "#app/domain/meals/meal-offer-choices.ts";
import { addDays } from "#app/infra/clock.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { ReplyErrors, sentValues } from "#app/ui/form.tsx";
import { formatDate, formatWeekdayAndDate } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { DeadlineFields, input, ValidFromField } from "./+deadline-fields.tsx";
import type { Route } from "./+types/menus";
import { menuIntents } from "./menus-choices.ts";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["meals.allergens", "meals.courses", "meals.menus", "meals.offer", "meals.pattern", "meals.validation"],
};

export { action, loader } from "./menus.server.ts";

type Data = Route.ComponentProps["loaderData"];
type LastResult = SubmissionResult<string[]> | undefined;

const primary =
	"inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800";
const secondary =
	"inline-flex min-h-11 items-center justify-center rounded-md border border-stone-400 bg-white px-4 font-semibold text-stone-900 hover:bg-stone-100";

/** One day's menu: a name per course and the Annex II allergens it contains. */
function DayForm({ day, data, lastResult }: { day: Data["days"][number]; data: Data; lastResult: LastResult }) {
	const { t, language } = useT();
	const label = formatWeekdayAndDate(day.day, language);
	const sent = sentValues(lastResult, menuIntents.saveDay, { same: { day: day.day } });
	return (
		<Form method="post" className="space-y-3 panel p-4" aria-label={label}>
			<h3 className="text-lg font-semibold capitalize text-stone-900">{label}</h3>
			<input type="hidden" name="intent" value={menuIntents.saveDay} />
			<input type="hidden" name="mealOfferId" value={data.offer?.id ?? ""} />
			<input type="hidden" name="day" value={day.day} />
			{mealCourses.map((course) => {
				const saved = day.dishes[course] ?? { name: "", allergens: [] };
				const dish = sent ? { name: sent.text(`${course}.name`), allergens: sent.all(`${course}.allergens`) } : saved;
				return (
					<fieldset key={course} className="rounded-md border border-stone-200 p-3">
						<legend className="px-1 text-sm font-semibold text-stone-800">{t(`meals.courses.${course}`)}</legend>
						<label className="block text-sm text-stone-800">
							{t("meals.menus.dishName", { course: t(`meals.courses.${course}`), day: label })}
							<input name={`${course}.name`} defaultValue={dish.name} maxLength={120} className={input} />
						</label>
						<details className="mt-2">
							<summary className="cursor-pointer text-sm font-medium text-brand-800">
								{t("meals.menus.allergens", { count: dish.allergens.length })}
								{dish.allergens.length > 0
									? ` : ${dish.allergens.map((code) => t(`meals.allergens.${code}` as never)).join(", ")}`
									: null}
							</summary>
							<div className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2">
								{allergenCodes.map((code) => (
									<label key={code} className="flex min-h-9 items-center gap-2 text-sm text-stone-900">
										<input
											type="checkbox"
											name={`${course}.allergens`}
											value={code}
											defaultChecked={dish.allergens.includes(code as never)}
											className="size-5 rounded border-stone-400"
										/>
										{t(`meals.allergens.${code}` as never)}
									</label>
								))}
							</div>
						</details>
					</fieldset>
				);
			})}
			<button type="submit" className={primary}>
				{t("meals.menus.save")}
				<span className="sr-only"> — {label}</span>
			</button>
			<ReplyErrors result={lastResult} intent={menuIntents.saveDay} same={{ day: day.day }} />
		</Form>
	);
}

/**
 * « Copier les menus »: the week before, or a 4- to 6-week cycle, onto this week and the next
 * ones (issue 12 §2). Days that already have a menu keep it.
 */
function CopyForm({ data, lastResult }: { data: Data; lastResult: LastResult }) {
	const { t } = useT();
	const sent = sentValues(lastResult, menuIntents.copyWeek);
	const cycleId = useId();
	return (
		<Form method="post" className="mb-4 flex flex-wrap items-end gap-3 panel p-4">
			<input type="hidden" name="intent" value={menuIntents.copyWeek} />
			<input type="hidden" name="mealOfferId" value={data.offer?.id ?? ""} />
			<input type="hidden" name="week" value={data.monday} />
			<div>
				<label htmlFor={cycleId} className="block text-sm font-semibold text-stone-800">
					{t("meals.menus.copyFrom")}
				</label>
				<select id={cycleId} name="cycle" defaultValue={sent?.text("cycle") || "1"} className={input}>
					{mealCycleWeeks.map((weeks) => (
						<option key={weeks} value={weeks}>
							{weeks === 1 ? t("meals.menus.copyFromPrevious") : t("meals.menus.copyFromCycle", { count: weeks })}
						</option>
					))}
				</select>
			</div>
			<label className="block text-sm font-semibold text-stone-800">
				{t("meals.menus.copyWeeks")}
				<input
					type="number"
					name="weeks"
					min={1}
					max={12}
					defaultValue={sent?.text("weeks") || "1"}
					className={`${input} sm:w-28`}
				/>
			</label>
			<button type="submit" className={secondary}>
				{t("meals.menus.copyWeek")}
			</button>
			<ReplyErrors result={lastResult} intent={menuIntents.copyWeek} />
		</Form>
	);
}

/** A new meal offer (group admins): name, houses, price, and its deadlines. */
function CreateOfferForm({ data, lastResult }: { data: Data; lastResult: LastResult }) {
	const { t } = useT();
	const sent = sentValues(lastResult, menuIntents.createOffer);
	const typed = (name: string, fallback: string) => (sent ? sent.text(name) : fallback);
	return (
		<Form method="post" className="space-y-3 panel p-4">
			<h3 className="panel-title">{t("meals.menus.createTitle")}</h3>
			<input type="hidden" name="intent" value={menuIntents.createOffer} />
			<label className="block text-sm font-semibold text-stone-800">
				{t("meals.menus.name")}
				<input name="name" required maxLength={80} defaultValue={typed("name", "")} className={input} />
			</label>
			<fieldset>
				<legend className="text-sm font-semibold text-stone-800">{t("meals.menus.houses")}</legend>
				{data.houses.map((house) => (
					<label key={house.id} className="flex min-h-11 items-center gap-2 text-stone-900">
						<input
							type="checkbox"
							name="houseIds"
							value={house.id}
							defaultChecked={sent?.all("houseIds").includes(house.id)}
							className="size-5 rounded border-stone-400"
						/>
						{house.name}
					</label>
				))}
			</fieldset>
			<div className="grid gap-3 sm:grid-cols-3">
				<label className="block text-sm font-semibold text-stone-800">
					{t("meals.menus.price")}
					<input
						name="price"
						inputMode="decimal"
						required
						placeholder="3,50"
						defaultValue={typed("price", "")}
						className={input}
					/>
				</label>
				<ValidFromField sent={sent} defaultValue={data.monday} />
				<label className="block text-sm font-semibold text-stone-800">
					{t("meals.menus.sickUntil")}
					<input type="time" name="sickUntil" defaultValue={typed("sickUntil", "09:00")} className={input} />
				</label>
			</div>
			<DeadlineFields sent={sent} />
			<button type="submit" className={primary}>
				{t("meals.menus.create")}
			</button>
			<ReplyErrors result={lastResult} intent={menuIntents.createOffer} />
		</Form>
	);
}

/** « Menus » for staff: a week of menus per meal offer, with allergens (issue 12 §2). */
export default function StaffMenus({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const data = loaderData;
	const lastResult = (actionData as { result?: LastResult } | undefined)?.result;
	const title = t("meals.menus.title");
	const weekLink = (offset: number) => `?offer=${data.offer?.id ?? ""}&week=${addDays(data.monday, offset * 7)}`;
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<div className="flex flex-wrap items-baseline justify-between gap-2">
				<h2 className="text-xl font-bold text-stone-900">{title}</h2>
				<Link to={`/staff/${data.group.id}/meals`} className="text-brand-800 underline">
					{t("meals.menus.kitchenLink")}
				</Link>
			</div>
			{data.offer ? (
				<>
					{data.offers.length > 1 ? (
						<nav aria-label={t("meals.menus.offers")} className="my-4 flex flex-wrap gap-2">
							{data.offers.map((offer) => (
								<Link
									key={offer.id}
									to={`?offer=${offer.id}&week=${data.monday}`}
									aria-current={offer.id === data.offer?.id ? "page" : undefined}
									className="rounded-md border border-stone-300 bg-white px-3 py-2 font-medium text-brand-800 underline aria-[current=page]:border-brand-700 aria-[current=page]:no-underline"
								>
									{offer.name}
								</Link>
							))}
						</nav>
					) : (
						<p className="my-4 font-semibold text-stone-900">{data.offer.name}</p>
					)}
					<p className="mb-4">
						<Link to={`/staff/${data.group.id}/meals/offers/${data.offer.id}`} className="text-brand-800 underline">
							{t("meals.offer.link")}
						</Link>
					</p>
					<nav aria-label={t("meals.menus.weeks")} className="mb-4 flex flex-wrap items-center justify-between gap-2">
						<Link to={weekLink(-1)} className={secondary}>
							{t("meals.menus.previousWeek")}
						</Link>
						<h3 className="panel-title">{t("meals.menus.week", { date: formatDate(data.monday, language) })}</h3>
						<Link to={weekLink(1)} className={secondary}>
							{t("meals.menus.nextWeek")}
						</Link>
					</nav>
					<CopyForm data={data} lastResult={lastResult} />
					<div className="grid gap-4 xl:grid-cols-2">
						{data.days.map((day) => (
							<DayForm key={day.day} day={day} data={data} lastResult={lastResult} />
						))}
					</div>
				</>
			) : (
				<p className="my-4 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
					{t("meals.menus.none")}
				</p>
			)}
			{data.canCreate ? (
				<div className="mt-6">
					<CreateOfferForm data={data} lastResult={lastResult} />
				</div>
			) : null}
		</>
	);
}
