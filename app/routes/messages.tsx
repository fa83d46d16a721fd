import { requireViewer } from "#app/domain/accounts/session.server.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { ComingSoon } from "#app/ui/coming-soon.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["comingSoon"] };

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
