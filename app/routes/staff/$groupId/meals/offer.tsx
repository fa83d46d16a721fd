import type { SubmissionResult } from "@conform-to/react";
import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { ReplyErrors, type SentValues, SubmitButton, sentValues } from "#app/ui/form.tsx";
import { formatDate, formatMoney } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { Section } from "#app/ui/section.tsx";
import { DeadlineFields, input, ValidFromField } from "./+deadline-fields.tsx";
import type { Route } from "./+types/offer";
import { offerIntents } from "./offer-choices.ts";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["meals.menus", "meals.offer", "meals.pattern", "meals.validation", "language.names"],
};

export { action, loader } from "./offer.server.ts";

type Data = Route.ComponentProps["loaderData"];
type Rule = Data["rules"][number];
type LastResult = SubmissionResult<string[]> | undefined;

const cell = "border-b border-stone-200 px-2 py-2 text-left align-top sm:px-3";

/** The version of each label in effect today: the latest not after today (decision 030). */
function inEffect<Row extends { valid_from: string }>(rows: Row[], today: string, key: (row: Row) => string) {
	const current = new Set<Row>();
	const seen = new Set<string>();
	for (const row of rows) {
		if (row.valid_from > today || seen.has(key(row))) continue;
		seen.add(key(row));
		current.add(row);
	}
	return current;
}

/** « le jeudi de la semaine précédente à 12:00 », « 2 jours ouvrables avant, à 10:00 ». */
function useDeadlineText() {
	const { t, language } = useT();
	// Weekday names start lower case inside a French or Dutch sentence.
	const weekdayName = (weekday: number) => {
		const name = t(`meals.pattern.weekdays${weekday as 1 | 2 | 3 | 4 | 5}`);
		return language === "fr" || language === "nl" ? name.toLocaleLowerCase(language) : name;
	};
	return (kind: string, weekday: number | null, days: number | null, time: string) =>
		kind === "weekday-before"
			? t("meals.offer.weekdayBefore", { weekday: weekdayName(weekday ?? 4), time })
			: t("meals.offer.workingDaysBefore", { count: days ?? 0, time });
}

function StateBadge({ current, future }: { current: boolean; future: boolean }) {
	const { t } = useT();
	if (current) {
		return (
			<span className="rounded border border-green-700 bg-green-50 px-2 py-0.5 text-sm">
				{t("meals.offer.current")}
			</span>
		);
	}
	if (future) {
		return (
			<span className="rounded border border-brand-700 bg-brand-50 px-2 py-0.5 text-sm">{t("meals.offer.future")}</span>
		);
	}
	return <span className="text-sm text-stone-600">{t("meals.offer.past")}</span>;
}

/** « Classes : maternelle. Âges : de 3 à 6 ans. », or « every child of these houses ». */
function AudienceText({ offer }: { offer: Data["offer"] }) {
	const { t } = useT();
	const min = offer.min_age_years;
	const max = offer.max_age_years;
	const range =
		min !== null && max !== null
			? t("meals.offer.ageBetween", { min, max })
			: min !== null
				? t("meals.offer.ageFrom", { min })
				: max !== null
					? t("meals.offer.ageUpTo", { max })
					: null;
	const parts = [
		offer.class_labels ? t("meals.offer.forClasses", { labels: offer.class_labels }) : null,
		range ? t("meals.offer.forAges", { range }) : null,
	].filter(Boolean);
	return <p className="mt-2 text-stone-900">{parts.length > 0 ? parts.join(" ") : t("meals.offer.forEveryone")}</p>;
}

/** Name (French, and the families' other languages) the houses that serve the meal, and who it is for. */
function DetailsForm({ data, lastResult }: { data: Data; lastResult: LastResult }) {
	const { t } = useT();
	const sent = sentValues(lastResult, offerIntents.details);
	const typed = (name: string, saved: string | null) => (sent ? sent.text(name) : (saved ?? ""));
	const translations = [
		["nameNl", "nl", data.offer.name_nl],
		["nameDe", "de", data.offer.name_de],
		["nameEn", "en", data.offer.name_en],
	] as const;
	return (
		<Form method="post" className="space-y-4">
			<input type="hidden" name="intent" value={offerIntents.details} />
			<label className="block text-sm font-semibold text-stone-800">
				{t("meals.menus.name")}
				<input name="name" required maxLength={80} defaultValue={typed("name", data.offer.name)} className={input} />
			</label>
			<details
				open={translations.some(([name, , saved]) => typed(name, saved) !== "")}
				className="rounded-md border border-stone-200 bg-stone-50 p-3"
			>
				<summary className="min-h-11 cursor-pointer content-center font-semibold text-brand-800">
					{t("meals.offer.translations")}
				</summary>
				<div className="mt-2 grid gap-3 sm:grid-cols-3">
					{translations.map(([name, language, saved]) => (
						<label key={name} lang={language} className="block text-sm font-semibold text-stone-800">
							{t(`language.names.${language}`)}
							<input name={name} maxLength={80} defaultValue={typed(name, saved)} className={input} />
						</label>
					))}
				</div>
			</details>
			<fieldset>
				<legend className="text-sm font-semibold text-stone-800">{t("meals.menus.houses")}</legend>
				{data.houses.map((house) => (
					<label key={house.id} className="flex min-h-11 items-center gap-2 text-stone-900">
						<input
							type="checkbox"
							name="houseIds"
							value={house.id}
							defaultChecked={sent ? sent.all("houseIds").includes(house.id) : data.houseIds.includes(house.id)}
							className="size-5 rounded border-stone-400"
						/>
						{house.name}
						{house.archived_at ? ` (${t("meals.offer.archivedHouse")})` : null}
					</label>
				))}
			</fieldset>
			<fieldset className="space-y-3">
				<legend className="text-sm font-semibold text-stone-800">{t("meals.offer.audienceTitle")}</legend>
				<label className="block text-sm font-semibold text-stone-800">
					{t("meals.offer.classLabels")}
					<input
						name="classLabels"
						maxLength={200}
						aria-describedby="class-labels-hint"
						defaultValue={typed("classLabels", data.offer.class_labels)}
						className={input}
					/>
				</label>
				<p id="class-labels-hint" className="text-sm text-stone-700">
					{t("meals.offer.classLabelsHint")}
				</p>
				<div className="grid grid-cols-2 gap-3 sm:max-w-md">
					{(
						[
							["minAgeYears", "meals.offer.minAge", data.offer.min_age_years],
							["maxAgeYears", "meals.offer.maxAge", data.offer.max_age_years],
						] as const
					).map(([name, label, saved]) => (
						<label key={name} className="block text-sm font-semibold text-stone-800">
							{t(label)}
							<input
								type="number"
								name={name}
								min={0}
								max={21}
								aria-describedby="age-hint"
								defaultValue={typed(name, saved === null ? "" : String(saved))}
								className={input}
							/>
						</label>
					))}
				</div>
				<p id="age-hint" className="text-sm text-stone-700">
					{t("meals.offer.ageHint")}
				</p>
			</fieldset>
			<SubmitButton>{t("meals.offer.saveDetails")}</SubmitButton>
			<ReplyErrors result={lastResult} intent={offerIntents.details} />
		</Form>
	);
}

function PriceForm({ data, sent, lastResult }: { data: Data; sent?: SentValues; lastResult: LastResult }) {
	const { t } = useT();
	return (
		<Form method="post" className="mt-4 space-y-3 rounded-md border border-stone-200 p-4">
			<h3 className="font-semibold text-stone-900">{t("meals.offer.newPrice")}</h3>
			<input type="hidden" name="intent" value={offerIntents.price} />
			<div className="grid gap-3 sm:grid-cols-3">
				<ValidFromField sent={sent} defaultValue={data.today} min={data.today} />
				<label className="block text-sm font-semibold text-stone-800">
					{t("meals.menus.price")}
					<input
						name="price"
						inputMode="decimal"
						required
						placeholder="3,50"
						defaultValue={sent?.text("price")}
						className={input}
					/>
				</label>
				<label className="block text-sm font-semibold text-stone-800">
					{t("meals.offer.label")}
					<input name="label" maxLength={40} defaultValue={sent?.text("label")} className={input} />
				</label>
			</div>
			<p className="text-sm text-stone-700">{t("meals.offer.labelHint")}</p>
			<SubmitButton>{t("meals.offer.savePrice")}</SubmitButton>
			<ReplyErrors result={lastResult} intent={offerIntents.price} />
		</Form>
	);
}

function RulesForm({ data, lastResult }: { data: Data; lastResult: LastResult }) {
	const { t } = useT();
	const sent = sentValues(lastResult, offerIntents.rules);
	// The new version starts from the one in effect today.
	const base: Rule | undefined = [...inEffect(data.rules, data.today, () => "")][0] ?? data.rules[0];
	const defaults = (prefix: "booking" | "cancel") => ({
		kind: base?.[`${prefix}_kind`] ?? (prefix === "booking" ? "weekday-before" : "working-days-before"),
		weekday: base?.[`${prefix}_weekday`] ?? 4,
		days: base?.[`${prefix}_days`] ?? 2,
		time: base?.[`${prefix}_time`] ?? (prefix === "booking" ? "12:00" : "10:00"),
	});
	return (
		<Form method="post" className="mt-4 space-y-3 rounded-md border border-stone-200 p-4">
			<h3 className="font-semibold text-stone-900">{t("meals.offer.newRules")}</h3>
			<input type="hidden" name="intent" value={offerIntents.rules} />
			<div className="grid gap-3 sm:grid-cols-2">
				<ValidFromField sent={sent} defaultValue={data.today} min={data.today} />
				<label className="block text-sm font-semibold text-stone-800">
					{t("meals.menus.sickUntil")}
					<input
						type="time"
						name="sickUntil"
						defaultValue={sent ? sent.text("sickUntil") : (base?.sick_until ?? "")}
						className={input}
					/>
				</label>
			</div>
			<DeadlineFields sent={sent} booking={defaults("booking")} cancel={defaults("cancel")} />
			<SubmitButton>{t("meals.offer.saveRules")}</SubmitButton>
			<ReplyErrors result={lastResult} intent={offerIntents.rules} />
		</Form>
	);
}

/**
 * A meal offer's settings (issue 12 §1, §3): its names in the families' languages, its houses,
 * and its prices and rules, each a version in effect from a date. Bookings keep the price they
 * were made at; a new version applies to the days from its date.
 */
export default function MealOfferSettings({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const data = loaderData;
	const lastResult = (actionData as { result?: LastResult } | undefined)?.result;
	const deadlineText = useDeadlineText();
	const currentPrices = inEffect(data.prices, data.today, (price) => price.label);
	const currentRules = inEffect(data.rules, data.today, () => "");
	return (
		<>
			<title>{`${data.offer.name} · ${t("meals.offer.title")} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to={`/staff/${data.group.id}/meals/menus?offer=${data.offer.id}`} className="text-brand-800 underline">
					← {t("meals.menus.title")}
				</Link>
			</p>
			<h2 className="mb-1 text-xl font-bold text-stone-900">{data.offer.name}</h2>
			<p className="mb-4 text-stone-700">{t("meals.offer.lead")}</p>
			<div className="space-y-6">
				<Section title={t("meals.offer.detailsTitle")}>
					{data.canEdit ? (
						<DetailsForm data={data} lastResult={lastResult} />
					) : (
						<>
							<ul className="list-inside list-disc text-stone-900">
								{data.houses
									.filter((house) => data.houseIds.includes(house.id))
									.map((house) => (
										<li key={house.id}>
											{house.name}
											{house.archived_at ? ` (${t("meals.offer.archivedHouse")})` : null}
										</li>
									))}
							</ul>
							<AudienceText offer={data.offer} />
						</>
					)}
				</Section>
				<Section title={t("meals.offer.pricesTitle")}>
					<div>
						<table className="w-full border-collapse text-sm text-stone-900 sm:text-base">
							<caption className="sr-only">{t("meals.offer.pricesTitle")}</caption>
							<thead>
								<tr>
									<th scope="col" className={cell}>
										{t("meals.menus.validFrom")}
									</th>
									<th scope="col" className={cell}>
										{t("meals.offer.label")}
									</th>
									<th scope="col" className={cell}>
										{t("meals.menus.price")}
									</th>
								</tr>
							</thead>
							<tbody>
								{data.prices.map((price) => (
									<tr key={`${price.label}-${price.valid_from}`}>
										<td className={cell}>
											<span className="flex flex-wrap items-center gap-x-2 gap-y-1">
												{formatDate(price.valid_from, language)}
												<StateBadge current={currentPrices.has(price)} future={price.valid_from > data.today} />
											</span>
										</td>
										<td className={cell}>{price.label || t("meals.offer.everyone")}</td>
										<td className={cell}>{formatMoney(price.price_cents, language)}</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
					{data.canEdit ? (
						<PriceForm data={data} sent={sentValues(lastResult, offerIntents.price)} lastResult={lastResult} />
					) : null}
				</Section>
				<Section title={t("meals.offer.rulesTitle")}>
					<ul className="space-y-3">
						{data.rules.map((rule) => (
							<li key={rule.valid_from} className="rounded-md border border-stone-200 p-3 text-stone-900">
								<p className="flex flex-wrap items-center gap-2 font-semibold">
									{t("meals.offer.from", { date: formatDate(rule.valid_from, language) })}
									<StateBadge current={currentRules.has(rule)} future={rule.valid_from > data.today} />
								</p>
								<p>
									{t("meals.offer.bookingRule", {
										deadline: deadlineText(
											rule.booking_kind,
											rule.booking_weekday,
											rule.booking_days,
											rule.booking_time,
										),
									})}
								</p>
								<p>
									{t("meals.offer.cancelRule", {
										deadline: deadlineText(rule.cancel_kind, rule.cancel_weekday, rule.cancel_days, rule.cancel_time),
									})}
								</p>
								<p>
									{rule.sick_until ? t("meals.offer.sickRule", { time: rule.sick_until }) : t("meals.offer.noSickRule")}
								</p>
							</li>
						))}
					</ul>
					{data.canEdit ? <RulesForm data={data} lastResult={lastResult} /> : null}
				</Section>
			</div>
		</>
	);
}
