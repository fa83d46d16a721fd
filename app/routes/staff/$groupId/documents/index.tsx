import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { SubmitButton } from "#app/ui/form.tsx";
import { formatDayOf } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Pager, pageHref } from "#app/ui/pager.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["documents.staff", "documents.publish.statuses", "pager"],
};

export { action, loader } from "./index.server.ts";

const buttonLink =
	"inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold uppercase tracking-wide text-white hover:bg-brand-800";

/** « Documents publiés »: one house's publications, who they went to, how many opened them; « Retirer ». */
export default function StaffDocuments({ loaderData, params }: Route.ComponentProps) {
	const { t, language } = useT();
	const { houses, houseId, publications, page, hasNext, permissions } = loaderData;
	const base = `/staff/${params.groupId}/documents`;
	const title = t("documents.staff.title");
	const audienceOf = (publication: (typeof publications)[number]) =>
		publication.audience_kind === "offer"
			? t("documents.staff.audience.offer", {
					offer: publication.offer_title ?? "",
					status: t(`documents.publish.statuses.${(publication.audience_status ?? "all") as "all"}`),
				})
			: t(`documents.staff.audience.${publication.audience_kind as "family" | "house"}`);
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<PageHeader
				title={title}
				lead={t("documents.staff.lead")}
				actions={
					permissions.readOnly || !houseId ? null : (
						<Link to={`${base}/publish?house=${houseId}`} className={buttonLink}>
							{t("documents.staff.publish")}
						</Link>
					)
				}
			/>
			{houses.length > 1 ? (
				<nav aria-label={t("documents.staff.house")} className="mb-4 flex flex-wrap gap-2">
					{houses.map((house) => (
						<Link
							key={house.id}
							to={pageHref(base, { house: house.id }, 1)}
							aria-current={house.id === houseId ? "page" : undefined}
							className="inline-flex min-h-11 items-center rounded-md border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-900 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50"
						>
							{house.name}
						</Link>
					))}
				</nav>
			) : null}
			{publications.length === 0 ? (
				<p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
					{t("documents.staff.none")}
				</p>
			) : (
				<ul className="space-y-3">
					{publications.map((publication) => (
						<li
							key={publication.id}
							className={`rounded-lg border bg-white p-4 ${publication.withdrawn_at ? "border-stone-200 opacity-80" : "border-stone-300"}`}
						>
							<div className="flex flex-wrap items-start justify-between gap-3">
								<div className="min-w-0">
									<h2 className="break-words panel-title">{publication.title}</h2>
									{publication.description ? <p className="text-stone-700">{publication.description}</p> : null}
									<p className="mt-1 text-sm text-stone-700">{audienceOf(publication)}</p>
									<p className="text-sm text-stone-700">
										{t("documents.staff.publishedOn", {
											date: formatDayOf(publication.published_at, language),
											name: [publication.publisher_first_name, publication.publisher_last_name]
												.filter(Boolean)
												.join(" "),
										})}
									</p>
									<p className="mt-1 font-semibold text-stone-900">
										{t("documents.staff.recipients", { count: publication.recipients })}
										{" · "}
										{t("documents.staff.opened", { opened: publication.opened, total: publication.recipients })}
									</p>
									{publication.withdrawn_at ? (
										<p className="mt-1 font-semibold text-red-800">
											{t("documents.staff.withdrawnOn", { date: formatDayOf(publication.withdrawn_at, language) })}
										</p>
									) : null}
								</div>
								<div className="flex flex-wrap items-center gap-3">
									<a
										href={`${base}/${publication.id}/file`}
										className="inline-flex min-h-11 items-center font-medium text-brand-800 underline"
										aria-label={`${t("documents.staff.download")} — ${publication.title}`}
									>
										{t("documents.staff.download")}
									</a>
									{permissions.readOnly || publication.withdrawn_at ? null : (
										<Form
											method="post"
											onSubmit={(event) => {
												if (!window.confirm(t("documents.staff.withdrawConfirm"))) event.preventDefault();
											}}
										>
											<input type="hidden" name="intent" value="withdraw" />
											<input type="hidden" name="publicationId" value={publication.id} />
											<SubmitButton variant="danger" intent="withdraw">
												{t("documents.staff.withdraw")}
											</SubmitButton>
										</Form>
									)}
								</div>
							</div>
						</li>
					))}
				</ul>
			)}
			<Pager
				label={title}
				page={page > 1 || hasNext ? page : undefined}
				previous={page > 1 ? pageHref(base, { house: houseId }, page - 1) : null}
				next={hasNext ? pageHref(base, { house: houseId }, page + 1) : null}
			/>
		</>
	);
}
