import { useId } from "react";
import { Form, useNavigation } from "react-router";
import { formatDate, formatMoney } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import type { OfferCardData } from "./catalogue.server.ts";
import { catalogueIntents } from "./catalogue-intents.ts";
import { MissingDossierLinks } from "./missing-dossier.tsx";
import { ageLabel, dayAndTime, registrationStatusLabel, registrationStatusStyles, shortDays } from "./offer-format.ts";

const windowStyles = {
	open: "bg-brand-700 text-white",
	notOpen: "bg-amber-200 text-amber-950",
	closed: "bg-stone-200 text-stone-800",
} as const;
const windowLabels = { open: "open", notOpen: "soon", closed: "closed" } as const;

/** « 12 places disponibles », « Plus que 3 places », « Complet — liste d'attente », « Complet ». */
function PlacesLeft({ places }: { places: OfferCardData["places"] }) {
	const { t } = useT();
	const [label, style] =
		places.kind === "free"
			? [t("camps.card.placesAvailable", { count: places.placesLeft }), "bg-brand-50 text-brand-900"]
			: places.kind === "few"
				? [t("camps.card.placesLeft", { count: places.placesLeft }), "bg-brand-50 text-brand-900"]
				: places.kind === "waiting"
					? [t("camps.card.waitingOnly"), "bg-amber-100 text-amber-950"]
					: [t("camps.card.full"), "bg-red-100 text-red-900"];
	return <span className={`rounded px-2 py-0.5 font-semibold ${style}`}>{label}</span>;
}

/**
 * The days of an activity registered day by day (decision 023): each with its own places, or
 * where the child stands; inside the « S'inscrire » form, the days that can be chosen are ticked.
 */
function OfferDays({
	offer,
	days,
	chooser,
	ticked = [],
}: {
	offer: OfferCardData;
	/** Days ticked in a refused « S'inscrire », ticked again. */
	ticked?: string[];
	days: NonNullable<OfferCardData["days"]>;
	/** Tick boxes named `days` (inside the register form). */
	chooser: boolean;
}) {
	const { t, language } = useT();
	const baseId = useId();
	return (
		<ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
			{days.map((day) => {
				const id = `${baseId}-${day.day}`;
				const date = formatDate(day.day, language);
				const state = day.registration ? (
					<span
						className={`rounded border px-2 py-0.5 text-sm font-semibold ${registrationStatusStyles[day.registration.status] ?? ""}`}
					>
						{registrationStatusLabel(t, day.registration)}
					</span>
				) : !day.upcoming ? (
					<span className="text-sm text-stone-700">{t("camps.card.dayPast")}</span>
				) : (
					<PlacesLeft places={day.places} />
				);
				return (
					<li key={day.day} className="flex min-h-11 flex-wrap items-center justify-between gap-x-3 gap-y-1 px-3 py-2">
						{chooser && day.choosable ? (
							<span className="flex items-center gap-2">
								<input
									id={id}
									type="checkbox"
									name="days"
									value={day.day}
									defaultChecked={ticked.includes(day.day)}
									className="size-5 rounded border-stone-400"
								/>
								<label htmlFor={id} className="font-semibold text-stone-900">
									{date}
									<span className="sr-only"> — {offer.title}</span>
								</label>
							</span>
						) : (
							<span className="font-semibold text-stone-900">{date}</span>
						)}
						{state}
					</li>
				);
			})}
		</ul>
	);
}

function Notice({ children }: { children: React.ReactNode }) {
	return <p className="rounded-md border border-stone-300 bg-white p-3 text-stone-800">{children}</p>;
}

/** What a refused « S'inscrire » of this card asked for. */
type SentRegistration = { days: string[]; withCare: boolean };

/** The bottom of a card: « S'inscrire », or why not, or where the child stands. */
function CardAction({
	offer,
	childName,
	basePath,
	missing,
	sent,
}: {
	sent?: SentRegistration;
	offer: OfferCardData;
	childName: string;
	basePath: string;
	missing: Partial<Record<string, string[]>>;
}) {
	const { t, language } = useT();
	const careId = useId();
	const navigation = useNavigation();
	// A second click while this card's request is on its way would only earn « déjà inscrit ».
	const sending = navigation.state !== "idle" && navigation.formData?.get("offerId") === offer.id;
	const { action } = offer;
	switch (action.kind) {
		case "daysChosen":
			return (
				<div className="rounded-md border border-stone-300 bg-white p-3">
					<p className="font-semibold text-stone-900">{t("camps.register.daysChosen", { childName })}</p>
					<a href="#registrations" className="text-sm underline">
						{t("camps.register.seeRegistrations")}
					</a>
				</div>
			);
		case "register":
		case "chooseDays":
			return (
				<Form method="post" className="space-y-3">
					<input type="hidden" name="intent" value={catalogueIntents.register} />
					<input type="hidden" name="offerId" value={offer.id} />
					{action.kind === "chooseDays" && offer.days ? (
						<fieldset className="space-y-2">
							<legend className="mb-2 font-semibold text-stone-900">{t("camps.card.chooseDays", { childName })}</legend>
							<OfferDays offer={offer} days={offer.days} chooser ticked={sent?.days} />
						</fieldset>
					) : null}
					{offer.carePriceCents !== null ? (
						offer.careOptional ? (
							<div className="flex min-h-11 items-center gap-2">
								<input
									id={careId}
									type="checkbox"
									name="withCare"
									defaultChecked={sent?.withCare}
									className="size-5 rounded border-stone-400"
								/>
								<label htmlFor={careId} className="text-stone-900">
									{t("camps.register.withCare", { price: formatMoney(offer.carePriceCents, language) })}
								</label>
							</div>
						) : (
							<p className="text-sm text-stone-800">
								{t("camps.register.careIncluded", { price: formatMoney(offer.carePriceCents, language) })}
							</p>
						)
					) : null}
					<button
						type="submit"
						aria-disabled={sending || undefined}
						onClick={(event) => {
							if (sending) event.preventDefault();
						}}
						className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand-700 px-5 font-semibold uppercase tracking-wide text-white hover:bg-brand-800 aria-disabled:opacity-70 sm:w-auto"
					>
						{action.kind === "chooseDays" ? t("camps.register.submitDays") : t("camps.register.submit")}
						<span className="sr-only"> — {offer.title}</span>
					</button>
				</Form>
			);
		case "registered":
			return (
				<div className={`rounded-md border p-3 ${registrationStatusStyles[action.status] ?? ""}`}>
					<p className="font-semibold">
						{t("camps.register.registered", { childName, status: registrationStatusLabel(t, action) })}
					</p>
					<a href="#registrations" className="text-sm underline">
						{t("camps.register.seeRegistrations")}
					</a>
				</div>
			);
		case "incomplete":
			return <MissingDossierLinks missing={missing} basePath={basePath} childName={childName} />;
		case "notOpen":
			return <Notice>{t("camps.register.notOpen", { date: dayAndTime(action.opensAt, language) })}</Notice>;
		case "closed":
			return <Notice>{t("camps.register.closed")}</Notice>;
		case "residents":
			return (
				<Notice>{t("camps.register.residents", { codes: offer.residentPostalCodes.join(", "), childName })}</Notice>
			);
		case "full":
			return <Notice>{t("camps.register.full")}</Notice>;
	}
}

/** A camp or an activity as the guide's card shows it, with what the guardian may do. */
export function OfferCard({
	offer,
	childName,
	basePath,
	missing,
	errors,
	sent,
	headingLevel = 3,
}: {
	/** What that refused « S'inscrire » asked for. */
	sent?: SentRegistration;
	offer: OfferCardData;
	childName: string;
	basePath: string;
	missing: Partial<Record<string, string[]>>;
	/** Messages of a refused « S'inscrire » on this card. */
	errors?: string[];
	headingLevel?: 3 | 4;
}) {
	const { t, language } = useT();
	const titleId = useId();
	const Heading = headingLevel === 3 ? "h3" : "h4";
	return (
		<article aria-labelledby={titleId} className="flex flex-1 flex-col overflow-hidden panel shadow-sm">
			<header className="flex items-start justify-between gap-3 p-4 pb-3">
				<div className="min-w-0">
					<Heading id={titleId} className="text-lg font-semibold leading-snug text-stone-900">
						{offer.title}
					</Heading>
					<p className="text-sm text-stone-700">{offer.houseName}</p>
					{offer.periodName ? (
						<p className="text-sm text-stone-600">{t("camps.card.period", { name: offer.periodName })}</p>
					) : null}
				</div>
				<span className={`status-badge ${windowStyles[offer.window]}`}>
					{t(`camps.card.status.${windowLabels[offer.window]}`)}
				</span>
			</header>
			<dl className="flex flex-wrap gap-x-6 gap-y-1 px-4 pb-3 text-lg sm:text-xl">
				<div>
					<dt className="sr-only">{t("camps.card.dates")}</dt>
					<dd className="font-bold text-stone-900">{shortDays(offer, language)}</dd>
				</div>
				<div>
					<dt className="sr-only">{t("camps.card.times")}</dt>
					<dd className="whitespace-nowrap text-stone-800">{`${offer.startTime} → ${offer.endTime}`}</dd>
				</div>
			</dl>
			<dl className="grid grid-cols-2 border-y border-stone-200 bg-stone-50 text-center">
				<div className="border-r border-stone-200 p-2">
					<dt className="caption">{t("camps.card.participation")}</dt>
					<dd className="text-lg font-semibold text-stone-900">{formatMoney(offer.priceCents, language)}</dd>
				</div>
				<div className="p-2">
					<dt className="caption">{t("camps.card.care")}</dt>
					<dd className="text-lg font-semibold text-stone-900">
						{offer.carePriceCents === null ? (
							<span className="text-base font-normal text-stone-700">{t("camps.card.careNotOffered")}</span>
						) : (
							formatMoney(offer.carePriceCents, language)
						)}
					</dd>
				</div>
			</dl>
			<div className="space-y-3 p-4">
				{offer.description ? <p className="whitespace-pre-line text-stone-800">{offer.description}</p> : null}
				{offer.days && offer.action.kind !== "chooseDays" ? (
					<div>
						<p className="mb-1 caption">{t("camps.card.days")}</p>
						<OfferDays offer={offer} days={offer.days} chooser={false} />
					</div>
				) : null}
				<div>
					<p className="caption">{t("camps.card.information")}</p>
					<ul className="mt-1 space-y-0.5 text-sm text-stone-800">
						{offer.minAgeMonths !== null ? (
							<li>{t("camps.card.minAge", { age: ageLabel(t, offer.minAgeMonths) })}</li>
						) : null}
						{offer.maxAgeMonths !== null ? (
							<li>
								{t("camps.card.maxAge", {
									age: ageLabel(t, offer.maxAgeMonths, { withMonths: !offer.maxAgeWholeYears }),
								})}
							</li>
						) : null}
						<li>{t("camps.card.capacity", { count: offer.capacity })}</li>
						<li>{t("camps.card.waitingListSize", { count: offer.waitingListSize })}</li>
						{offer.days ? null : (
							<li className="flex flex-wrap items-center gap-x-2 pt-1">
								{`${t("camps.card.places")} `}
								<PlacesLeft places={offer.places} />
							</li>
						)}
						{offer.residentPostalCodes.length > 0 ? (
							<li>{t("camps.card.residents", { codes: offer.residentPostalCodes.join(", ") })}</li>
						) : null}
						{offer.staffDecision ? <li>{t("camps.card.staffDecision")}</li> : null}
						{offer.window === "open" ? (
							<li>{t("camps.card.closesAt", { date: dayAndTime(offer.closesAt, language) })}</li>
						) : null}
					</ul>
				</div>
			</div>
			<div className="mt-auto space-y-2 border-t border-stone-200 bg-stone-50 p-4">
				{errors && errors.length > 0 ? (
					<div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900">
						{errors.map((error) => (
							<p key={error}>{t(error as never, { childName })}</p>
						))}
					</div>
				) : null}
				<CardAction offer={offer} childName={childName} basePath={basePath} missing={missing} sent={sent} />
			</div>
		</article>
	);
}
