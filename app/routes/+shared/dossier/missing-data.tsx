import type { DossierField } from "#app/domain/families/dossier-fields.ts";
import { useT } from "#app/ui/i18n.tsx";

/** The guide's warning: « Avant d'inscrire votre enfant, veuillez remplir les données suivantes : ». */
export function MissingData({ missing }: { missing: DossierField[] }) {
	const { t } = useT();
	if (missing.length === 0) {
		return (
			<p className="mb-4 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm font-medium text-brand-900">
				✓ {t("families.dossier.sectionComplete")}
			</p>
		);
	}
	return (
		<div role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
			<p className="font-semibold">{t("families.dossier.warningTitle")}</p>
			<ul className="mt-2 list-disc space-y-0.5 pl-5">
				{missing.map((field) => (
					<li key={field}>{t(`families.dossier.missing.${field}`)}</li>
				))}
			</ul>
		</div>
	);
}
