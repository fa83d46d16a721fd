import type { TranslationHandle } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import { DossierLayout } from "../../+shared/dossier/dossier-layout.tsx";
import type { Route } from "./+types/layout";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"families.children",
		"families.dossier.back",
		"families.dossier.status",
		// The link from « Documents » to « Mes documents envoyés ».
		"uploads.parent.link",
		"uploads.parent.linkLead",
	],
};

export { loader } from "./layout.server.ts";

/** A child's dossier on the parent side, with the guide's menu (« Les maisons de l'enfant », « Stages »…). */
export default function ChildLayout({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	const base = `/children/${loaderData.child.id}`;
	return (
		<DossierLayout
			child={loaderData.child}
			missingCounts={loaderData.missingCounts}
			back={{ to: "/children", label: t("families.dossier.back") }}
			tabs={[
				{ to: `${base}/houses`, label: t("nav.child.houses") },
				{ to: `${base}/camps`, label: t("nav.child.camps") },
				{ to: `${base}/activities`, label: t("nav.child.activities") },
				{ to: `${base}/general`, label: t("nav.child.general"), section: "general" },
				{ to: `${base}/supplementary`, label: t("nav.child.supplementary"), section: "supplementary" },
				{ to: `${base}/medical`, label: t("nav.child.medical"), section: "medical" },
				{ to: `${base}/contacts`, label: t("nav.child.contacts"), section: "contacts" },
				{ to: `${base}/documents`, label: t("nav.child.documents"), missing: loaderData.missingDocuments },
				{ to: `${base}/meals`, label: t("nav.child.meals") },
			]}
		/>
	);
}
