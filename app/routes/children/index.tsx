import { ComingSoon } from "#app/ui/coming-soon.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";

export default function Children() {
	const { t } = useT();
	return (
		<>
			<title>{`${t("nav.children")} · Ribambelle`}</title>
			<PageHeader title={t("nav.children")} />
			<ComingSoon what={t("nav.children")} />
		</>
	);
}
