import { useId } from "react";
import { Form } from "react-router";
import { useT } from "#app/ui/i18n.tsx";

/**
 * « Mon agenda des inscriptions » on « Mes enfants »: the private feed's address to paste in a
 * calendar app (or open with webcal:), a warning that it is personal, and « Régénérer ».
 */
export function CalendarFeedSection({ url }: { url: string }) {
	const { t } = useT();
	const inputId = useId();
	const warningId = useId();
	return (
		<section id="calendar-feed" aria-labelledby="calendar-feed-title" className="mt-8 scroll-mt-4 panel p-5 shadow-sm">
			<h2 id="calendar-feed-title" className="panel-title">
				{t("camps.feed.title")}
			</h2>
			<p className="mt-1 max-w-3xl text-stone-700">{t("camps.feed.lead")}</p>
			<label htmlFor={inputId} className="mt-4 block text-sm font-semibold text-stone-800">
				{t("camps.feed.urlLabel")}
			</label>
			<input
				id={inputId}
				readOnly
				value={url}
				aria-describedby={warningId}
				onFocus={(event) => event.currentTarget.select()}
				className="mt-1 block w-full rounded-md border border-stone-400 bg-stone-50 px-3 py-2 font-mono text-sm text-stone-900"
			/>
			<p id={warningId} className="mt-2 max-w-3xl text-sm text-stone-600">
				{t("camps.feed.warning")}
			</p>
			<div className="mt-3 flex flex-wrap gap-2">
				<a
					href={url.replace(/^https?:/, "webcal:")}
					className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
				>
					{t("camps.feed.subscribe")}
				</a>
				<Form method="post" action="/children/calendar-feed">
					<button
						type="submit"
						className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4 font-semibold text-stone-900 hover:bg-stone-100"
					>
						{t("camps.feed.regenerate")}
					</button>
				</Form>
			</div>
		</section>
	);
}
