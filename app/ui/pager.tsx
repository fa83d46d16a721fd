import { Link } from "react-router";
import { useT } from "./i18n.tsx";

/**
 * The URL of a list's page that keeps its filters: `base?filter=…&page=N` (empty filters and
 * page 1 are left out, so the first page's URL is the list's own).
 */
export function pageHref(base: string, filters: Record<string, string | null | undefined>, page: number): string {
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
	if (page > 1) params.set("page", String(page));
	const search = params.toString();
	return search ? `${base}?${search}` : base;
}

const linkClass = "inline-flex min-h-11 items-center font-medium text-brand-800 underline";

/**
 * « Page précédente · Page N · Page suivante » under a paged list (decision 028): a `nav`
 * named for the list, links only where a page exists. `first` (keyset lists such as the
 * audit log, which only go forward): a link back to the newest rows instead of « précédente ».
 */
export function Pager({
	label,
	page,
	previous,
	next,
	first,
}: {
	/** What the list is (« Stages et activités »): the nav reads « Pages : Stages et activités ». */
	label: string;
	/** The page shown, when pages are numbered. */
	page?: number;
	previous?: string | null;
	next?: string | null;
	first?: string | null;
}) {
	const { t } = useT();
	if (!previous && !next && !first) return null;
	return (
		<nav aria-label={t("pager.label", { list: label })} className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2">
			{first ? (
				<Link to={first} className={linkClass}>
					{t("pager.first")}
				</Link>
			) : null}
			{previous ? (
				<Link to={previous} rel="prev" className={linkClass}>
					<span aria-hidden="true">←&nbsp;</span>
					{t("pager.previous")}
				</Link>
			) : null}
			{page ? (
				<span aria-current="page" className="text-stone-700">
					{t("pager.current", { page })}
				</span>
			) : null}
			{next ? (
				<Link to={next} rel="next" className={linkClass}>
					{t("pager.next")}
					<span aria-hidden="true">&nbsp;→</span>
				</Link>
			) : null}
		</nav>
	);
}
