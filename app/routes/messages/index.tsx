import { Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Pager, pageHref } from "#app/ui/pager.tsx";
import { ThreadList } from "./+shared/thread-list.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["messages.list", "pager"] };

export { loader } from "./index.server.ts";

export default function Messages({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	const { threads, page, hasNext } = loaderData;
	return (
		<>
			<title>{`${t("messages.list.title")} · Ribambelle`}</title>
			<PageHeader
				title={t("messages.list.title")}
				lead={t("messages.list.lead")}
				actions={
					<Link
						to="/messages/new"
						className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold uppercase tracking-wide text-white hover:bg-brand-800"
					>
						+ {t("messages.list.new")}
					</Link>
				}
			/>
			{threads.length === 0 ? (
				<p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
					{t("messages.list.empty")}
				</p>
			) : (
				<ThreadList threads={threads} base="/messages" />
			)}
			<Pager
				label={t("messages.list.title")}
				page={page > 1 || hasNext ? page : undefined}
				previous={page > 1 ? pageHref("/messages", {}, page - 1) : null}
				next={hasNext ? pageHref("/messages", {}, page + 1) : null}
			/>
		</>
	);
}
