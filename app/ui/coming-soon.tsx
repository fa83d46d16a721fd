import { useT } from "#app/ui/i18n.tsx";

/** Says plainly that a screen is not available yet, instead of pretending it works. */
export function ComingSoon({ what }: { what: string }) {
	const { t } = useT();
	return (
		<div role="status" className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
			<p className="font-semibold text-stone-900">{t("comingSoon.title")}</p>
			<p className="mt-1">{t("comingSoon.message", { what })}</p>
		</div>
	);
}
