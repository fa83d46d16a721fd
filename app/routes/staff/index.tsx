import { ComingSoon } from "#app/ui/coming-soon.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";

export default function StaffHome() {
	const { t } = useT();
	return (
		<>
			<title>{`${t("nav.staff")} · Ribambelle`}</title>
			<PageHeader title={t("staff.title")} lead={t("staff.lead")} />
			<ComingSoon what={t("staff.title")} />
		</>
	);
}
