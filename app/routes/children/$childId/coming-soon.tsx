import { useLocation } from "react-router";
import { ComingSoon } from "#app/ui/coming-soon.tsx";
import { useT } from "#app/ui/i18n.tsx";

const sections = ["houses", "camps", "activities", "documents", "meals"] as const;

/** Sections of the child's menu that later work brings (camps, meals…): said plainly. */
export default function ChildSectionComingSoon() {
	const { t } = useT();
	const last = useLocation().pathname.split("/").pop();
	const section = sections.find((name) => name === last) ?? "houses";
	const title = t(`nav.child.${section}`);
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<h2 className="mb-4 text-xl font-bold text-stone-900">{title}</h2>
			<ComingSoon what={title} />
		</>
	);
}
