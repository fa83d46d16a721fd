import { useLocation } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { ComingSoon } from "#app/ui/coming-soon.tsx";
import { useT } from "#app/ui/i18n.tsx";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["comingSoon"] };

const sections = ["documents", "meals"] as const;

/** Sections of the child's menu that later work brings (documents, meals): said plainly. */
export default function ChildSectionComingSoon() {
	const { t } = useT();
	const last = useLocation().pathname.split("/").pop();
	const section = sections.find((name) => name === last) ?? "documents";
	const title = t(`nav.child.${section}`);
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<h2 className="mb-4 text-xl font-bold text-stone-900">{title}</h2>
			<ComingSoon what={title} />
		</>
	);
}
