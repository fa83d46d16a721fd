import { Link } from "react-router";
import { useT } from "#app/ui/i18n.tsx";

export type ErrorKind =
	| "badRequest"
	| "forbidden"
	| "notFound"
	| "tooManyRequests"
	| "payloadTooLarge"
	| "unsupportedMediaType"
	| "serverError";

const kindOfStatus: Record<number, ErrorKind> = {
	400: "badRequest",
	405: "badRequest",
	403: "forbidden",
	404: "notFound",
	413: "payloadTooLarge",
	415: "unsupportedMediaType",
	429: "tooManyRequests",
};

/** The page to show for an HTTP status; statuses without words of their own read as a server error. */
export function errorKindOf(status: number): ErrorKind {
	return kindOfStatus[status] ?? "serverError";
}

/** The body of the error pages (400, 403, 404, 413, 415, 429, 500): what happened and a way back, no details. */
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
