import { Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["houses.kinds", "staff.dashboard", "staff.houses"] };

export { loader } from "./index.server.ts";

function Stat({ label, value, to }: { label: string; value: number; to: string }) {
	return (
		<Link to={to} className="block panel p-4 shadow-sm hover:border-brand-600">
			<p className="text-3xl font-bold text-brand-800">{value}</p>
			<p className="mt-1 text-sm font-medium text-stone-700">{label}</p>
		</Link>
	);
}

export default function StaffDashboard({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	const { group, houses, staffCount, pendingInvitations, submittedDossiers, activeDossiers } = loaderData;
	const base = `/staff/${group.id}`;
	return (
		<>
			<title>{`${t("staff.nav.dashboard")} · ${group.name} · Ribambelle`}</title>
			<PageHeader title={group.name} lead={t("staff.dashboard.lead", { firstName: loaderData.firstName })} />
			<div className="grid gap-4 sm:grid-cols-3">
				<Stat
					label={t("staff.dashboard.submittedDossiers", { count: submittedDossiers })}
					value={submittedDossiers}
					to={`${base}/children?status=submitted`}
				/>
				<Stat
					label={t("staff.dashboard.dossiers", { count: activeDossiers })}
					value={activeDossiers}
					to={`${base}/children`}
				/>
				<Stat
					label={t("staff.dashboard.houses", { count: houses.length })}
					value={houses.length}
					to={`${base}/houses`}
				/>
				{staffCount !== null ? (
					<Stat label={t("staff.dashboard.staff", { count: staffCount })} value={staffCount} to={`${base}/staff`} />
				) : null}
				{pendingInvitations !== null ? (
					<Stat
						label={t("staff.dashboard.invitations", { count: pendingInvitations })}
						value={pendingInvitations}
						to={`${base}/staff`}
					/>
				) : null}
			</div>
			<Section title={t("staff.nav.houses")} className="mt-6">
				{houses.length === 0 ? (
					<p className="text-stone-700">{t("staff.houses.empty")}</p>
				) : (
					<ul className="divide-y divide-stone-200">
						{houses.map((house) => (
							<li key={house.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
								<Link to={`${base}/houses/${house.id}`} className="font-medium text-brand-800 underline">
									{house.name}
								</Link>
								<span className="text-sm text-stone-600">
									{t(`houses.kinds.${house.kind}`)} · {house.locality}
								</span>
							</li>
						))}
					</ul>
				)}
			</Section>
		</>
	);
}
