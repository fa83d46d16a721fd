import { Link, NavLink } from "react-router";
import { useT } from "#app/ui/i18n.tsx";
import type { OfferHeading } from "./offer-context.server.ts";
import { badgeClass, datesLabel, offerStatusClass } from "./offer-labels.ts";

function tabClass({ isActive }: { isActive: boolean }) {
	return `inline-flex min-h-11 items-center whitespace-nowrap border-b-4 px-2 text-sm font-semibold sm:px-3 ${
		isActive ? "border-brand-700 text-brand-900" : "border-transparent text-stone-700 hover:border-stone-300"
	}`;
}

/** The title block of a camp's or an activity's pages: what, where, when, places, and its tabs. */
export function OfferHeader({ groupId, offer }: { groupId: string; offer: OfferHeading }) {
	const { t, language } = useT();
	const base = `/staff/${groupId}/offers/${offer.id}`;
	const dates = datesLabel(offer, language);
	return (
		<div className="mb-6 print:hidden">
			<p className="mb-2 text-sm">
				<Link to={`/staff/${groupId}/offers`} className="text-brand-800 underline">
					← {t("offerAdmin.back")}
				</Link>
			</p>
			<div className="flex flex-wrap items-center gap-2 text-sm font-semibold uppercase tracking-wide text-stone-600">
				<span>{t(`offers.kinds.${offer.kind}`)}</span>
				<span className={`${badgeClass} normal-case tracking-normal ${offerStatusClass[offer.status]}`}>
					{t(`offers.status.${offer.status}`)}
				</span>
			</div>
			<h1 className="mt-1 text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{offer.title}</h1>
			<p className="mt-1 text-stone-700">
				{offer.houseName} · {dates} · {offer.startTime}–{offer.endTime}
			</p>
			<p className="mt-1 text-sm text-stone-700">
				{t("offerAdmin.list.places", { taken: offer.placesTaken, capacity: offer.capacity })} ·{" "}
				{t("offerAdmin.list.waiting", { waiting: offer.waitingCount, size: offer.waitingListSize })}
			</p>
			<nav aria-label={t("offerAdmin.tabs.label")} className="mt-4 border-b border-stone-200">
				<ul className="-mb-px flex flex-wrap">
					<li>
						<NavLink to={base} end className={tabClass}>
							{t("offerAdmin.tabs.details")}
						</NavLink>
					</li>
					<li>
						<NavLink to={`${base}/registrations`} className={tabClass}>
							{t("offerAdmin.tabs.registrations")}
						</NavLink>
					</li>
					<li>
						<NavLink to={`${base}/attendance`} className={tabClass}>
							{t("offerAdmin.tabs.attendance")}
						</NavLink>
					</li>
				</ul>
			</nav>
		</div>
	);
}
