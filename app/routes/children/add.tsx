import { Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["families.add", "families.byCode", "families.dossier", "families.newDossier"],
};

export { loader } from "./add.server.ts";

const buttonClass =
	"inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-5 text-center font-semibold uppercase tracking-wide text-white hover:bg-brand-800";

/** « Ajouter ou créer le dossier de mon enfant »: the guide's two paths. */
export default function AddChild() {
	const { t } = useT();
	return (
		<>
			<title>{`${t("families.add.title")} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to="/children" className="text-brand-800 underline">
					← {t("families.dossier.back")}
				</Link>
			</p>
			<PageHeader title={t("families.add.title")} />
			<div className="grid gap-6 md:grid-cols-2">
				<Section title={t("families.byCode.title")}>
					<p className="text-stone-700">{t("families.add.byCodeIntro")}</p>
					<Link to="/children/add/code" className={`mt-4 ${buttonClass}`}>
						{t("families.add.byCodeAction")}
					</Link>
				</Section>
				<Section title={t("families.newDossier.title")}>
					<p className="text-stone-700">{t("families.add.newIntro")}</p>
					<Link to="/children/add/new" className={`mt-4 ${buttonClass}`}>
						{t("families.add.newAction")}
					</Link>
				</Section>
			</div>
		</>
	);
}
