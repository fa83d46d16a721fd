import type { TranslationHandle } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import type { Route } from "./+types/home";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["home", "houses.kinds"] };

export { loader } from "./home.server.ts";

export const meta: Route.MetaFunction = () => [{ title: "Ribambelle" }];

export default function Home({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	return (
		<>
			<PageHeader title={t("home.title")} lead={t("home.lead")} />
			<section aria-labelledby="groups-title">
				<h2 id="groups-title" className="mb-3 text-xl font-semibold">
					{t("home.groups.title")}
				</h2>
				{loaderData.groups.length === 0 ? (
					<p className="text-stone-700">{t("home.groups.empty")}</p>
				) : (
					<ul className="grid gap-4 md:grid-cols-2">
						{loaderData.groups.map((group) => (
							<li key={group.id} className="panel p-5 shadow-sm">
								<h3 className="text-lg font-semibold text-brand-800">{group.name}</h3>
								{group.contactPhone || group.contactEmail ? (
									<p className="mt-1 text-sm text-stone-700">
										{t("home.groups.contact")}{" "}
										{group.contactPhone ? (
											<a href={`tel:${group.contactPhone}`} className="underline">
												{group.contactPhone}
											</a>
										) : null}
										{group.contactPhone && group.contactEmail ? " · " : null}
										{group.contactEmail ? (
											<a href={`mailto:${group.contactEmail}`} className="underline">
												{group.contactEmail}
											</a>
										) : null}
									</p>
								) : null}
								<ul className="mt-3 space-y-2">
									{group.houses.map((house) => (
										<li key={house.id} className="rounded-md bg-stone-50 px-3 py-2">
											<p className="font-medium">{house.name}</p>
											<p className="text-sm text-stone-600">
												{t(`houses.kinds.${house.kind}`)} · {house.address}
											</p>
										</li>
									))}
								</ul>
							</li>
						))}
					</ul>
				)}
			</section>
		</>
	);
}
