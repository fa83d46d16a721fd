import { Link } from "react-router";
import { documentUploadStatuses } from "#app/domain/documents/document-uploads.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { formatDayOf } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Pager, pageHref } from "#app/ui/pager.tsx";
import { UploadStatus } from "../../../+shared/uploads/upload-status.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["uploads.types", "uploads.status", "uploads.staff", "pager"],
};

export { loader } from "./index.server.ts";

const chipClass =
	"inline-flex min-h-11 items-center gap-2 rounded-md border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-900 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50";

/** « Documents des familles »: one house's uploads, by state, newest first, paged. */
export default function StaffUploads({ loaderData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { groupId, houses, houseId, status, pending, uploads, page, hasMore } = loaderData;
	const base = `/staff/${groupId}/uploads`;
	const title = t("uploads.staff.title");
	const hrefFor = (filters: { house?: string | null; status?: string | null }, to = 1) =>
		pageHref(
			base,
			{ house: filters.house ?? houseId, status: filters.status === undefined ? status : filters.status },
			to,
		);
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<PageHeader title={title} lead={t("uploads.staff.lead")} />
			{!houseId ? (
				<p className="text-stone-700">{t("uploads.staff.noHouse")}</p>
			) : (
				<>
					{houses.length > 0 ? (
						<nav aria-label={t("uploads.staff.house")} className="mb-3 flex flex-wrap gap-2">
							{houses.map((house) => (
								<Link
									key={house.id}
									to={hrefFor({ house: house.id })}
									aria-current={house.id === houseId ? "page" : undefined}
									className={chipClass}
								>
									{house.name}
								</Link>
							))}
						</nav>
					) : null}
					<nav aria-label={t("uploads.staff.state")} className="mb-4 flex flex-wrap gap-x-4 gap-y-1">
						{[null, ...documentUploadStatuses].map((name) => (
							<Link
								key={name ?? "all"}
								to={hrefFor({ status: name })}
								aria-current={status === name ? "page" : undefined}
								className="inline-flex min-h-11 items-center text-brand-800 underline aria-[current=page]:font-bold aria-[current=page]:no-underline"
							>
								{name ? t(`uploads.status.${name}`) : t("uploads.staff.allStatuses")}
								{name === "pending" && pending > 0 ? (
									<span className="ml-2 rounded-full bg-amber-300 px-2 text-xs font-bold text-brand-900">
										<span aria-hidden="true">{pending}</span>
										<span className="sr-only">{t("uploads.staff.pendingCount", { count: pending })}</span>
									</span>
								) : null}
							</Link>
						))}
					</nav>
					{uploads.length === 0 ? (
						<p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
							{t("uploads.staff.empty")}
						</p>
					) : (
						<ul className="divide-y divide-stone-200 panel">
							{uploads.map((upload) => (
								<li key={upload.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
									<div className="min-w-0">
										<p className="font-semibold text-stone-900">
											{upload.childName}{" "}
											<span className="font-normal text-stone-600">
												{t("uploads.staff.fileNumber", { number: upload.fileNumber })}
											</span>
										</p>
										<p className="text-sm text-stone-700">
											{t(`uploads.types.${upload.type}`)} · {t("uploads.staff.sentOn")}{" "}
											{formatDayOf(upload.createdAt, language)}
										</p>
									</div>
									<div className="flex items-center gap-3">
										<UploadStatus status={upload.status} />
										<Link
											to={`${base}/${upload.id}`}
											className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
										>
											{t("uploads.staff.open")}
											<span className="sr-only">
												{" "}
												— {t("uploads.staff.openNamed", { childName: upload.childName })}
											</span>
										</Link>
									</div>
								</li>
							))}
						</ul>
					)}
					<Pager
						label={title}
						page={page > 1 || hasMore ? page : undefined}
						previous={page > 1 ? hrefFor({}, page - 1) : null}
						next={hasMore ? hrefFor({}, page + 1) : null}
					/>
				</>
			)}
		</>
	);
}
