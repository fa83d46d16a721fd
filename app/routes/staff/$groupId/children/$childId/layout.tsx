import type { TranslationHandle } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import { DossierLayout } from "../../../../+shared/dossier/dossier-layout.tsx";
import type { Route } from "./+types/layout";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["families.children", "families.dossier", "families.enrolments", "families.staff"],
};

export { loader } from "./layout.server.ts";

/**
 * A child's dossier on the staff side: an overview (state, guardians, codes), the guide's
 * sections (for readers only the medical lists and contacts) and its houses.
 */
export default function StaffChildLayout({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	const base = `/staff/${loaderData.groupId}/children/${loaderData.child.id}`;
	const full = loaderData.view === "full";
	return (
		<DossierLayout
			child={loaderData.child}
			missingCounts={loaderData.missingCounts}
			back={{ to: `/staff/${loaderData.groupId}/children`, label: t("families.staff.back") }}
			tabsAbove
			tabs={[
				{ to: base, label: t("families.staff.overview"), end: true },
				// Readers (animators) see only what animators need (decision 013).
				...(full
					? [
							{ to: `${base}/general`, label: t("nav.child.general"), section: "general" as const },
							{ to: `${base}/supplementary`, label: t("nav.child.supplementary"), section: "supplementary" as const },
						]
					: []),
				{ to: `${base}/medical`, label: t("nav.child.medical"), section: "medical" },
				{ to: `${base}/contacts`, label: t("nav.child.contacts"), section: "contacts" },
				{ to: `${base}/houses`, label: t("families.enrolments.tab") },
				{ to: `${base}/meals`, label: t("nav.child.meals") },
			]}
		/>
	);
}
