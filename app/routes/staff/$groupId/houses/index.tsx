import { Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import { HouseForm } from "./+shared/house-form.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"groups",
		"houses.archive",
		"houses.create",
		"houses.created",
		"houses.fields",
		"houses.kinds",
		"houses.lead",
		"staff.houses",
	],
};

export { action, loader } from "./index.server.ts";

export default function Houses({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const { group, houses, permissions } = loaderData;
	return (
		<>
			<title>{`${t("staff.nav.houses")} · ${group.name} · Ribambelle`}</title>
			<PageHeader title={t("staff.nav.houses")} lead={t("houses.lead")} />
			{houses.length === 0 ? (
				<p className="mb-6 text-stone-700">{t("staff.houses.empty")}</p>
			) : (
				<ul className="mb-6 grid gap-4 md:grid-cols-2">
					{houses.map((house) => (
						<li key={house.id} className="panel p-4 shadow-sm">
							<h2 className="text-lg font-semibold">
								<Link to={house.id} className="text-brand-800 underline">
									{house.name}
								</Link>
							</h2>
							<p className="text-sm text-stone-600">
								{t(`houses.kinds.${house.kind}`)}
								{house.archived_at ? (
									<span className="ml-2 rounded-full bg-stone-200 px-2 py-0.5 text-xs font-semibold text-stone-800">
										{t("houses.archive.badge")}
									</span>
								) : null}
							</p>
							<p className="mt-1 text-sm text-stone-800">
								{house.address}, {house.postal_code} {house.locality}
							</p>
							{house.phone || house.email ? (
								<p className="text-sm text-stone-700">{[house.phone, house.email].filter(Boolean).join(" · ")}</p>
							) : null}
						</li>
					))}
				</ul>
			)}
			{permissions.createHouses ? (
				<Section title={t("houses.create.title")}>
					<HouseForm
						id="create-house"
						intent="create"
						constraint={loaderData.constraints.house}
						lastResult={actionData?.result}
						submitLabel={t("houses.create.submit")}
					/>
				</Section>
			) : null}
		</>
	);
}
