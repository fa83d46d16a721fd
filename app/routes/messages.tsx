import { ComingSoon } from "#app/ui/coming-soon.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";

export default function Messages() {
	const { t } = useT();
	return (
		<>
			<title>{`${t("nav.messages")} · Ribambelle`}</title>
			<PageHeader title={t("nav.messages")} />
			<ComingSoon what={t("nav.messages")} />
		</>
	);
}
