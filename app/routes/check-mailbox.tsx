import { Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { AuthCard } from "#app/ui/auth-card.tsx";
import { useT } from "#app/ui/i18n.tsx";
import type { Route } from "./+types/check-mailbox";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["auth.checkMailbox"] };

const reasons = ["sign-up", "confirmation", "reset", "email-change"] as const;
type Reason = (typeof reasons)[number];

export function loader({ request }: Route.LoaderArgs) {
	const reason = documentUrl(request).searchParams.get("for");
	return { reason: (reasons as readonly string[]).includes(reason ?? "") ? (reason as Reason) : "sign-up" };
}

/** The same page whether or not the address has an account: nothing to enumerate here. */
export default function CheckMailbox({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	return (
		<AuthCard title={t("auth.checkMailbox.title")}>
			<title>{`${t("auth.checkMailbox.title")} · Ribambelle`}</title>
			<p className="text-stone-800">{t(`auth.checkMailbox.${loaderData.reason}`)}</p>
			<p className="mt-3 text-sm text-stone-600">{t("auth.checkMailbox.spam")}</p>
			<p className="mt-6">
				<Link to="/sign-in" className="font-medium text-brand-800 underline">
					{t("auth.checkMailbox.backToSignIn")}
				</Link>
			</p>
		</AuthCard>
	);
}
