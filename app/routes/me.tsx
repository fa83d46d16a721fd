import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { ComingSoon } from "#app/ui/coming-soon.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";

export async function loader({
	request,
	context,
}: {
	request: Request;
	context: Readonly<import("react-router").RouterContextProvider>;
}) {
	await requireViewer(request, context);
	return null;
}

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
