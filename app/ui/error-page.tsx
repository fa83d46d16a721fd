import { Link } from "react-router";
import { useT } from "#app/ui/i18n.tsx";

export type ErrorKind = "forbidden" | "notFound" | "tooManyRequests" | "serverError";

/** The body of the 403 / 404 / 429 / 500 pages: what happened and a way back, no details. */
export function ErrorPage({ kind, status }: { kind: ErrorKind; status: number }) {
	const { t } = useT();
	return (
		<section className="mx-auto max-w-xl py-8 text-center">
			<p className="text-5xl font-bold text-brand-700">{status}</p>
			<h1 className="mt-4 text-2xl font-bold">{t(`errors.${kind}.title`)}</h1>
			<p className="mt-3 text-stone-700">{t(`errors.${kind}.message`)}</p>
			<p className="mt-6">
				<Link
					to="/"
					className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
				>
					{t("errors.backHome")}
				</Link>
			</p>
		</section>
	);
}
