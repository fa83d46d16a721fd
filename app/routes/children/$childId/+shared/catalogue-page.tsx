import type { SubmissionResult } from "@conform-to/react";
import { Link } from "react-router";
import { useT } from "#app/ui/i18n.tsx";
import { MissingDocumentsWarning } from "../../../+shared/uploads/missing-documents.tsx";
import type { CatalogueData } from "./catalogue.server.ts";
import { CatalogueFilters } from "./catalogue-filters.tsx";
import { MissingDossierPanel } from "./missing-dossier.tsx";
import { OfferCard } from "./offer-card.tsx";
import { RegistrationsSection } from "./registrations-section.tsx";
import { useLiveRegistrations } from "./use-live-registrations.ts";

type LastResult = SubmissionResult<string[]> | undefined;

/**
 * The messages of a refused form, the value of one of its fields (to find its card or row), and
 * the days and care it asked for (ticked again on the page the server renders without JavaScript).
 */
function refusal(result: LastResult, intent: string, field: string) {
	const submitted = result?.initialValue as Record<string, unknown> | undefined;
	if (!result?.error || submitted?.intent !== intent) return undefined;
	const errors = Object.values(result.error).flatMap((messages) => messages ?? []);
	const days = ([] as unknown[]).concat(submitted?.days ?? []).filter((day): day is string => typeof day === "string");
	return errors.length > 0
		? { id: String(submitted?.[field] ?? ""), errors, sent: { days, withCare: submitted?.withCare === "on" } }
		: undefined;
}

/** The houses of the group, each leading to its activities (`?house=`). */
function HouseChoice({ data }: { data: CatalogueData }) {
	const { t } = useT();
	const childName = data.child.firstName;
	return (
		<>
			<p className="mb-4 text-stone-800">{t("camps.catalogue.activity.chooseHouse")}</p>
			<ul className="grid gap-4 sm:grid-cols-2">
				{data.houses.map((house) => (
					<li key={house.id}>
						<Link to={`?house=${house.id}`} className="flex h-full flex-col panel p-4 shadow-sm hover:border-brand-600">
							<span className="text-lg font-semibold text-brand-800 underline">{house.name}</span>
							<span className="text-sm text-stone-700">
								{t(`houses.kinds.${house.kind}`)} · {house.postalCode} {house.locality}
							</span>
							<span className="mt-2 text-sm font-medium text-stone-900">
								{house.offerCount > 0
									? t("camps.catalogue.activity.count", { count: house.offerCount, childName })
									: t("camps.catalogue.activity.none")}
							</span>
						</Link>
					</li>
				))}
			</ul>
		</>
	);
}

/**
 * « Stages » and « Activités » of a child: the filters, the cards the child is old enough for,
 * and the child's registrations, kept fresh while one of them awaits a decision.
 */
export function CataloguePage({ data, lastResult }: { data: CatalogueData; lastResult: LastResult }) {
	const { t } = useT();
	const { kind, child, house } = data;
	const basePath = `/children/${child.id}`;
	const childName = child.firstName;
	const title = t(`camps.catalogue.${kind}.title`);
	const live = data.registrations.some((registration) => ["waiting", "pending"].includes(registration.status));
	useLiveRegistrations(live);
	const registerRefusal = refusal(lastResult, "register", "offerId");
	const cancelRefusal = refusal(lastResult, "cancel", "registrationId");
	const showOffers = kind === "camp" || house !== null;
	const filtered = data.filters.periodId !== "" || data.filters.postalCode !== "";
	const here = house ? `?house=${house.id}` : ".";
	return (
		<>
			<title>{`${title} · ${childName} · Ribambelle`}</title>
			<h2 className="text-xl font-bold text-stone-900">{title}</h2>
			<p className="mb-4 text-stone-700">{t(`camps.catalogue.${kind}.lead`, { groupName: child.groupName })}</p>
			<MissingDossierPanel missing={data.missing} basePath={basePath} childName={childName} />
			<MissingDocumentsWarning missing={data.missingDocuments} uploadPath={`${basePath}/documents/uploads`} />
			{kind === "activity" && !house ? <HouseChoice data={data} /> : null}
			{kind === "activity" && house ? (
				<div className="mb-4">
					<Link to="." className="text-sm text-brand-800 underline">
						← {t("camps.catalogue.activity.allHouses")}
					</Link>
					<h3 className="mt-2 panel-title">{t("camps.catalogue.activity.listTitle", { houseName: house.name })}</h3>
				</div>
			) : null}
			{showOffers && (kind === "camp" || data.periods.length > 0) ? (
				<CatalogueFilters
					key={`${data.filters.periodId}|${data.filters.postalCode}`}
					periods={data.periods}
					postalCodes={kind === "camp" ? data.postalCodes : []}
					selected={data.filters}
					houseId={house?.id}
					clearTo={here}
				/>
			) : null}
			{showOffers ? (
				data.offers.length === 0 ? (
					<p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
						{filtered
							? t(`camps.catalogue.${kind}.emptyFiltered`)
							: t(`camps.catalogue.${kind}.empty`, { childName, houseName: house?.name ?? "" })}
					</p>
				) : (
					<ul className="grid gap-4 md:grid-cols-2">
						{data.offers.map((offer) => (
							<li key={offer.id} className="flex">
								<OfferCard
									offer={offer}
									childName={childName}
									basePath={basePath}
									missing={data.missing}
									errors={registerRefusal?.id === offer.id ? registerRefusal.errors : undefined}
									sent={registerRefusal?.id === offer.id ? registerRefusal.sent : undefined}
									headingLevel={kind === "camp" ? 3 : 4}
								/>
							</li>
						))}
					</ul>
				)
			) : null}
			{showOffers && data.hiddenByAge > 0 ? (
				<p className="mt-4 text-sm text-stone-700">
					{t(`camps.catalogue.${kind}.hiddenByAge`, { count: data.hiddenByAge, childName })}
				</p>
			) : null}
			<RegistrationsSection
				registrations={data.registrations}
				childId={child.id}
				childName={childName}
				cancelResult={cancelRefusal ? { registrationId: cancelRefusal.id, errors: cancelRefusal.errors } : undefined}
				live={live}
			/>
		</>
	);
}
