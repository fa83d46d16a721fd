import { ComingSoon } from "#app/ui/coming-soon.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";

export default function MyData() {
	const { t } = useT();
	return (
		<>
			<title>{`${t("nav.myData")} · Ribambelle`}</title>
			<PageHeader title={t("nav.myData")} />
			<ComingSoon what={t("nav.myData")} />
		</>
	);
}
