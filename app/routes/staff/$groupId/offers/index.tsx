import { getFormProps } from "@conform-to/react";
import { Form, Link, useLocation } from "react-router";
import { offerKinds, offerStatuses } from "#app/db/schema.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { FilterSelect } from "#app/ui/filter-select.tsx";
import { Field, FormAlert, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { formatDate } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Pager, pageHref } from "#app/ui/pager.tsx";
import { Section } from "#app/ui/section.tsx";
import { TranslationFields } from "#app/ui/translation-fields.tsx";
import { EmptyNote } from "./+shared/empty-note.tsx";
import { badgeClass, datesLabel, offerStatusClass } from "./+shared/offer-labels.ts";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"offerAdmin.age",
		"offerAdmin.archive",
		"offerAdmin.filters",
		"offerAdmin.lead",
		"offerAdmin.list",
		"offerAdmin.newActivity",
		"offerAdmin.newCamp",
		"offerAdmin.periods",
		"offerAdmin.tabs",
		"offerAdmin.title",
		"offerAdmin.translations",
		"offers.kinds",
		"offers.register",
		"offers.status",
		"offers.validation",
	],
};

export { action, loader } from "./index.server.ts";

const control = "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2";
const buttonLink =
	"inline-flex min-h-11 items-center rounded-md px-4 font-semibold bg-brand-700 text-white hover:bg-brand-800";
/** A bar of the places taken: teal while some are free, amber once full. */
function progressClass(full: boolean) {
	const fill = full
		? "[&::-moz-progress-bar]:bg-amber-500 [&::-webkit-progress-value]:bg-amber-500"
		: "[&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-value]:bg-brand-600";
	return `h-2 w-full overflow-hidden rounded-full bg-stone-200 [&::-webkit-progress-bar]:bg-stone-200 ${fill}`;
}

type Offer = Route.ComponentProps["loaderData"]["offers"][number];

function OfferRow({ offer, base }: { offer: Offer; base: string }) {
	const { t, language } = useT();
	const dates = datesLabel(offer, language);
	return (
		<li className="panel p-4 shadow-sm">
			<div className="flex flex-wrap items-start justify-between gap-4">
				<div className="min-w-0 flex-1">
					<p className="flex flex-wrap items-center gap-2 text-xs font-semibold uppercase tracking-wide text-stone-600">
						{t(`offers.kinds.${offer.kind}`)}
						<span className={`${badgeClass} normal-case tracking-normal ${offerStatusClass[offer.status]}`}>
							{t(`offers.status.${offer.status}`)}
						</span>
					</p>
					<h2 className="mt-1 text-lg font-semibold">
						<Link to={`${base}/${offer.id}`} className="text-brand-800 underline">
							{offer.title}
						</Link>
					</h2>
					<p className="text-sm text-stone-700">
						{offer.houseName} · {dates}
						{offer.periodName ? ` · ${offer.periodName}` : ""}
					</p>
				</div>
				<dl className="grid w-full grid-cols-2 gap-x-6 gap-y-1 text-sm sm:w-64">
					<div>
						<dt className="text-stone-600">{t("offerAdmin.list.placesLabel")}</dt>
						<dd className="font-semibold text-stone-900">
							{offer.placesTaken} / {offer.capacity}
						</dd>
					</div>
					<div>
						<dt className="text-stone-600">{t("offerAdmin.list.waitingLabel")}</dt>
						<dd className="font-semibold text-stone-900">
							{offer.waitingCount} / {offer.waitingListSize}
						</dd>
					</div>
					<div className="col-span-2" aria-hidden="true">
						<progress
							className={progressClass(offer.placesTaken >= offer.capacity)}
							value={offer.placesTaken}
							max={offer.capacity}
						/>
					</div>
				</dl>
			</div>
			<p className="mt-3 flex flex-wrap gap-x-5 gap-y-1 border-t border-stone-100 pt-2 text-sm font-medium">
				<Link to={`${base}/${offer.id}/registrations`} className="text-brand-800 underline">
					{t("offerAdmin.tabs.registrations")}
				</Link>
				<Link to={`${base}/${offer.id}/attendance`} className="text-brand-800 underline">
					{t("offerAdmin.tabs.attendance")}
				</Link>
			</p>
		</li>
	);
}

type Period = Route.ComponentProps["loaderData"]["periods"][number];

/** A period's buttons for group admins: delete it when no offer belongs to it, else archive or restore it. */
function PeriodButtons({ period }: { period: Period }) {
	const { t } = useT();
	const className =
		"min-h-11 rounded-md border border-stone-400 bg-white px-3 font-semibold text-stone-900 hover:bg-stone-100";
	return (
		<Form method="post">
			<input type="hidden" name="periodId" value={period.id} />
			{!period.inUse ? (
				<button
					type="submit"
					name="intent"
					value="delete-period"
					aria-label={t("offerAdmin.periods.deleteLabel", { name: period.name })}
					className={className}
				>
					{t("offerAdmin.periods.delete")}
				</button>
			) : period.archived_at ? (
				<button
					type="submit"
					name="intent"
					value="restore-period"
					aria-label={t("offerAdmin.periods.restoreLabel", { name: period.name })}
					className={className}
				>
					{t("offerAdmin.periods.restore")}
				</button>
			) : (
				<button
					type="submit"
					name="intent"
					value="archive-period"
					aria-label={t("offerAdmin.periods.archiveLabel", { name: period.name })}
					className={className}
				>
					{t("offerAdmin.periods.archive")}
				</button>
			)}
		</Form>
	);
}

/** The group's camps and activities, filtered by kind, period and house, and its periods. */
export default function Offers({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { group, filters, offers, periods, houses, permissions, page, hasMore } = loaderData;
	const base = `/staff/${group.id}/offers`;
	const location = useLocation();
	const [periodForm, periodFields] = useAppForm({
		id: "create-period",
		constraint: loaderData.constraints.period,
		schema: () => import("#app/domain/offers/offer-input.ts").then((m) => m.periodSchema),
		lastResult: actionData?.result,
	});
	return (
		<>
			<title>{`${t("offerAdmin.title")} · ${group.name} · Ribambelle`}</title>
			<PageHeader
				title={t("offerAdmin.title")}
				lead={t("offerAdmin.lead")}
				actions={
					permissions.createOffers ? (
						<>
							<Link to={`${base}/new?kind=camp`} className={buttonLink}>
								{t("offerAdmin.newCamp")}
							</Link>
							<Link to={`${base}/new?kind=activity`} className={buttonLink}>
								{t("offerAdmin.newActivity")}
							</Link>
						</>
					) : null
				}
			/>
			<Form
				method="get"
				id="offers-filters"
				className="mb-6 grid gap-3 panel p-4 sm:grid-cols-2 lg:grid-cols-4 sm:items-end"
			>
				{filters.archived ? <input type="hidden" name="archived" value="1" /> : null}
				<FilterSelect
					id="offers-kind"
					name="kind"
					label={t("offerAdmin.filters.kind")}
					allLabel={t("offerAdmin.filters.allKinds")}
					value={filters.kind}
					options={offerKinds.map((kind) => ({ value: kind, label: t(`offerAdmin.filters.kinds.${kind}`) }))}
				/>
				<FilterSelect
					id="offers-status"
					name="status"
					label={t("listFilters.status")}
					allLabel={t("listFilters.allStatuses")}
					value={filters.status}
					options={offerStatuses.map((status) => ({ value: status, label: t(`offers.status.${status}`) }))}
				/>
				<FilterSelect
					id="offers-period"
					name="period"
					label={t("offerAdmin.filters.period")}
					allLabel={t("offerAdmin.filters.allPeriods")}
					value={filters.period}
					options={periods.map((period) => ({ value: period.id, label: period.name }))}
				/>
				<FilterSelect
					id="offers-house"
					name="house"
					label={t("offerAdmin.filters.house")}
					allLabel={t("offerAdmin.filters.allHouses")}
					value={filters.house}
					options={houses.map((house) => ({ value: house.id, label: house.name }))}
				/>
				<div>
					<label htmlFor="offers-from" className="text-sm font-semibold text-stone-800">
						{t("listFilters.from")}
					</label>
					<input id="offers-from" type="date" name="from" defaultValue={filters.from ?? ""} className={control} />
				</div>
				<div>
					<label htmlFor="offers-to" className="text-sm font-semibold text-stone-800">
						{t("listFilters.to")}
					</label>
					<input id="offers-to" type="date" name="to" defaultValue={filters.to ?? ""} className={control} />
				</div>
				<button
					type="submit"
					className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
				>
					{t("offerAdmin.filters.apply")}
				</button>
			</Form>
			{filters.archived ? (
				<h2 className="mb-3 text-xl font-semibold text-stone-900">{t("offerAdmin.archive.archivedTitle")}</h2>
			) : null}
			{offers.length === 0 ? (
				<EmptyNote className="mb-8">{t("offerAdmin.list.empty")}</EmptyNote>
			) : (
				<ul className="mb-8 space-y-3">
					{offers.map((offer) => (
						<OfferRow key={offer.id} offer={offer} base={base} />
					))}
				</ul>
			)}
			<div className="mb-8">
				<Pager
					label={t("offerAdmin.title")}
					page={page}
					previous={page > 1 ? pageHref(base, filters, page - 1) : null}
					next={hasMore ? pageHref(base, filters, page + 1) : null}
				/>
			</div>
			<p className="mb-8 text-sm">
				<Link to={filters.archived ? base : `${base}?archived=1`} className="text-brand-800 underline">
					{t(filters.archived ? "offerAdmin.archive.showCurrent" : "offerAdmin.archive.showArchived")}
				</Link>
			</p>
			<Section title={t("offerAdmin.periods.title")}>
				<p className="mb-4 text-stone-700">{t("offerAdmin.periods.lead")}</p>
				{periods.length === 0 ? (
					<p className="mb-4 text-stone-700">{t("offerAdmin.periods.empty")}</p>
				) : (
					<ul className="mb-6 divide-y divide-stone-200 rounded-md border border-stone-200">
						{periods.map((period) => (
							<li key={period.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
								<span className="font-medium">
									{period.name}
									{period.archived_at ? (
										<span className={`${badgeClass} ml-2 bg-stone-200 text-stone-800`}>
											{t("offerAdmin.periods.archived")}
										</span>
									) : null}
								</span>
								<span className="flex flex-wrap items-center gap-3 text-sm text-stone-700">
									<span>
										{formatDate(period.starts_on, language)} → {formatDate(period.ends_on, language)} ·{" "}
										<Link to={`${base}?period=${period.id}`} className="text-brand-800 underline">
											{t("offerAdmin.periods.show")}
										</Link>
									</span>
									{permissions.archivePeriods ? <PeriodButtons period={period} /> : null}
								</span>
							</li>
						))}
					</ul>
				)}
				{periods.some((period) => period.archived_at) ? (
					<p className="mb-4 text-sm text-stone-600">{t("offerAdmin.periods.archivedHint")}</p>
				) : null}
				{permissions.createPeriods ? (
					<Form key={location.key} method="post" {...getFormProps(periodForm)} className="space-y-4">
						<input type="hidden" name="intent" value="create-period" />
						<h3 className="font-semibold text-stone-900">{t("offerAdmin.periods.add")}</h3>
						<FormAlert errors={periodForm.errors} />
						<div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
							<Field meta={periodFields.name} label={t("offerAdmin.periods.name")} required />
							<Field meta={periodFields.startsOn} label={t("offerAdmin.periods.startsOn")} type="date" required />
							<Field meta={periodFields.endsOn} label={t("offerAdmin.periods.endsOn")} type="date" required />
						</div>
						<TranslationFields
							id="create-period-translations"
							fields={[
								{
									label: t("offerAdmin.periods.name"),
									meta: { nl: periodFields.nameNl, de: periodFields.nameDe, en: periodFields.nameEn },
								},
							]}
						/>
						<SubmitButton intent="create-period">{t("offerAdmin.periods.submit")}</SubmitButton>
					</Form>
				) : null}
			</Section>
		</>
	);
}
