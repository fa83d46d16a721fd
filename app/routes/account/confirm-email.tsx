import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { AuthCard } from "#app/ui/auth-card.tsx";
import { SubmitButton } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import type { Route } from "./+types/confirm-email";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["account.email", "account.title", "auth.email", "auth.password"],
};

export { action, loader } from "./confirm-email.server.ts";

export default function ConfirmEmail({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	return (
		<AuthCard title={t("account.email.confirmTitle")}>
			<title>{`${t("account.email.confirmTitle")} · Ribambelle`}</title>
			{actionData?.problem ? (
				<div role="alert">
					<p>{t(actionData.problem === "taken" ? "auth.email.taken" : "account.email.invalidLink")}</p>
					<p className="mt-4">
						<Link to="/account" className="font-medium text-brand-800 underline">
							{t("account.title")}
						</Link>
					</p>
				</div>
			) : (
				<Form method="post" className="space-y-4">
					<p>{t("account.email.confirmLead")}</p>
					<input type="hidden" name="token" value={loaderData.token} />
					<SubmitButton>{t("account.email.confirmSubmit")}</SubmitButton>
				</Form>
			)}
		</AuthCard>
	);
}
