import { Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import type { Route } from "./+types/houses";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["camps.houses", "houses.kinds"] };

export { loader } from "./houses.server.ts";

export default function ChildHouses({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	const { child, houses } = loaderData;
	const title = t("camps.houses.title");
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<h2 className="text-xl font-bold text-stone-900">{title}</h2>
			<p className="mb-4 text-stone-700">{t("camps.houses.lead", { groupName: child.groupName })}</p>
			{houses.length === 0 ? (
				<p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
					{t("camps.houses.empty", { groupName: child.groupName })}
				</p>
			) : (
				<ul className="grid gap-4 md:grid-cols-2">
					{houses.map((house) => (
						<li key={house.id} className="flex flex-col panel p-5 shadow-sm">
							<h3 className="panel-title">{house.name}</h3>
							<p className="text-sm font-medium text-brand-800">{t(`houses.kinds.${house.kind}`)}</p>
							{house.description ? (
								<p className="mt-2 whitespace-pre-line text-stone-800">{house.description}</p>
							) : null}
							<dl className="mt-3 space-y-1 text-sm">
								<div className="flex flex-wrap gap-x-2">
									<dt className="font-semibold text-stone-700">{t("camps.houses.address")}</dt>
									<dd className="text-stone-900">
										{house.address}, {house.postal_code} {house.locality}
									</dd>
								</div>
								{house.phone ? (
									<div className="flex flex-wrap gap-x-2">
										<dt className="font-semibold text-stone-700">{t("camps.houses.phone")}</dt>
										<dd>
											<a href={`tel:${house.phone.replace(/[^\d+]/g, "")}`} className="text-brand-800 underline">
												{house.phone}
											</a>
										</dd>
									</div>
								) : null}
								{house.email ? (
									<div className="flex flex-wrap gap-x-2">
										<dt className="font-semibold text-stone-700">{t("camps.houses.email")}</dt>
										<dd className="min-w-0 break-all">
											<a href={`mailto:${house.email}`} className="text-brand-800 underline">
												{house.email}
											</a>
										</dd>
									</div>
								) : null}
							</dl>
							<Link
								to={`/children/${child.id}/activities?house=${house.id}`}
								className="mt-4 inline-flex min-h-11 items-center self-start rounded-md border border-stone-400 bg-white px-4 font-semibold text-stone-900 hover:bg-stone-100"
							>
								{t("camps.houses.activities")}
								<span className="sr-only"> — {house.name}</span>
							</Link>
						</li>
					))}
				</ul>
			)}
		</>
	);
}
