import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { formatDate } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["meals.allergens", "meals.courses", "meals.kitchen", "meals.menus.menusLink", "meals.validation.date"],
};

export { loader } from "./index.server.ts";

type Kitchen = NonNullable<Route.ComponentProps["loaderData"]["kitchen"]>;

const cell = "border-b border-stone-200 px-3 py-2 text-left align-top";

function KitchenOffer({ offer }: { offer: Kitchen["offers"][number] }) {
	const { t } = useT();
	const dietLabel = (diet: (typeof offer.diets)[number]) =>
		diet.kind === "health-sheet" ? diet.label : t(`meals.kitchen.diets.${diet.kind}`);
	return (
		<section aria-labelledby={`offer-${offer.id}`} className="space-y-4 panel p-4">
			<h3 id={`offer-${offer.id}`} className="panel-title">
				{t("meals.kitchen.offerTitle", { name: offer.name, count: offer.booked })}
			</h3>
			{offer.alerts.length > 0 ? (
				<div className="rounded-md border-2 border-red-700 bg-red-50 p-3">
					<h4 className="font-semibold text-red-900">
						{t("meals.kitchen.alertsTitle", { count: offer.alerts.length })}
					</h4>
					<ul className="mt-1 list-disc space-y-1 pl-5 text-red-900">
						{offer.alerts.map((alert) => (
							<li key={alert.childId}>
								{t("meals.kitchen.alert", {
									child: alert.childName,
									allergens: alert.allergens.map((code) => t(`meals.allergens.${code}` as never)).join(", "),
									dishes: alert.dishes.map((dish) => `«\u00a0${dish}\u00a0»`).join(", "),
									allergies: alert.allergies.join(", "),
								})}
							</li>
						))}
					</ul>
				</div>
			) : null}
			{offer.dishes.length === 0 ? (
				<p className="text-stone-700">{t("meals.kitchen.noMenu")}</p>
			) : (
				<section
					aria-label={t("meals.kitchen.dishesCaption", { name: offer.name })}
					// biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus to scroll by keyboard
					tabIndex={0}
					className="overflow-x-auto print:overflow-visible"
				>
					<table className="w-full border-collapse text-sm">
						<caption className="sr-only">{t("meals.kitchen.dishesCaption", { name: offer.name })}</caption>
						<thead>
							<tr>
								<th scope="col" className={cell}>
									{t("meals.kitchen.columns.course")}
								</th>
								<th scope="col" className={cell}>
									{t("meals.kitchen.columns.dish")}
								</th>
								<th scope="col" className={cell}>
									{t("meals.kitchen.columns.allergens")}
								</th>
								<th scope="col" className={`${cell} text-right`}>
									{t("meals.kitchen.columns.count")}
								</th>
							</tr>
						</thead>
						<tbody>
							{offer.dishes.map((dish) => (
								<tr key={dish.course}>
									<td className={cell}>{t(`meals.courses.${dish.course}`)}</td>
									<td className={cell}>{dish.name}</td>
									<td className={cell}>
										{dish.allergens.map((code) => t(`meals.allergens.${code}` as never)).join(", ")}
									</td>
									<td className={`${cell} text-right font-semibold`}>{dish.count}</td>
								</tr>
							))}
						</tbody>
					</table>
				</section>
			)}
			{offer.diets.length > 0 ? (
				<div>
					<h4 className="font-semibold text-stone-900">{t("meals.kitchen.dietsTitle")}</h4>
					<ul className="mt-1 flex flex-wrap gap-2">
						{offer.diets.map((diet) => (
							<li key={`${diet.kind}:${diet.label}`} className="rounded-md border border-stone-300 px-2 py-1 text-sm">
								{dietLabel(diet)} : <strong>{diet.count}</strong>
							</li>
						))}
					</ul>
				</div>
			) : null}
			{offer.children.length > 0 ? (
				<details open>
					<summary className="cursor-pointer font-semibold text-stone-900">{t("meals.kitchen.childrenTitle")}</summary>
					<ul className="mt-1 columns-1 text-sm sm:columns-2">
						{offer.children.map((child) => (
							<li key={child.childId}>
								{child.childName}
								{child.vegetarian ? ` · ${t("meals.kitchen.diets.vegetarian")}` : child.diet ? ` · ${child.diet}` : ""}
							</li>
						))}
					</ul>
				</details>
			) : null}
		</section>
	);
}

/** « Repas » for the kitchen: one house, one day (issue 12 §4). */
export default function StaffMeals({ loaderData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { houses, house, day, kitchen, print, group } = loaderData;
	const title = t("meals.kitchen.title");
	const query = house ? `house=${house.id}&day=${day}` : "";
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<div className="flex flex-wrap items-baseline justify-between gap-2">
				<h2 className="text-xl font-bold text-stone-900">{title}</h2>
				{loaderData.canWriteMenus ? (
					<Link to={`/staff/${group.id}/meals/menus`} className="text-brand-800 underline print:hidden">
						{t("meals.menus.menusLink")}
					</Link>
				) : null}
			</div>
			{houses.length === 0 ? (
				<p className="mt-4 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
					{t("meals.kitchen.none")}
				</p>
			) : (
				<>
					<Form method="get" className="my-4 flex flex-wrap items-end gap-3 print:hidden">
						<label className="block w-full min-w-0 text-sm font-semibold text-stone-800 sm:w-auto">
							{t("meals.kitchen.house")}
							<select
								name="house"
								defaultValue={house?.id}
								className="mt-1 block min-h-11 w-full max-w-full rounded-md border border-stone-400 bg-white px-3 text-base"
							>
								{houses.map((candidate) => (
									<option key={candidate.id} value={candidate.id}>
										{candidate.name}
									</option>
								))}
							</select>
						</label>
						<label className="block text-sm font-semibold text-stone-800">
							{t("meals.kitchen.day")}
							<input
								type="date"
								name="day"
								defaultValue={day}
								className="mt-1 block min-h-11 rounded-md border border-stone-400 px-3 text-base"
							/>
						</label>
						<button
							type="submit"
							className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
						>
							{t("meals.kitchen.show")}
						</button>
					</Form>
					{house && kitchen ? (
						<>
							<div className="mb-4 flex flex-wrap items-center justify-between gap-2">
								<h3 className="panel-title">
									{t("meals.kitchen.heading", { house: house.name, date: formatDate(day, language) })}
								</h3>
								<div className="flex flex-wrap gap-2 print:hidden">
									{print ? null : (
										<Link
											to={`?${query}&print=1`}
											className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4 font-semibold text-stone-900"
										>
											{t("meals.kitchen.print")}
										</Link>
									)}
									<a
										href={`/staff/${group.id}/meals/kitchen.csv?${query}`}
										download
										className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4 font-semibold text-stone-900"
									>
										{t("meals.kitchen.csv")}
									</a>
								</div>
							</div>
							{print ? (
								<p className="mb-4 text-sm text-stone-700 print:hidden">{t("meals.kitchen.printHint")}</p>
							) : null}
							{kitchen.offers.length === 0 ? (
								<p className="text-stone-700">{t("meals.kitchen.noOffer")}</p>
							) : (
								<div className="space-y-4">
									{kitchen.offers.map((offer) => (
										<KitchenOffer key={offer.id} offer={offer} />
									))}
								</div>
							)}
						</>
					) : null}
				</>
			)}
		</>
	);
}
