import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { AuthCard } from "#app/ui/auth-card.tsx";
import { SubmitButton } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import type { Route } from "./+types/confirmed";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["auth.confirmed", "auth.signIn"] };

export { loader } from "./confirmed.server.ts";

export default function Confirmed({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	const problem = loaderData.problem;
	return (
		<AuthCard title={t(problem ? "auth.confirmed.problemTitle" : "auth.confirmed.title")}>
			<title>{`${t(problem ? "auth.confirmed.problemTitle" : "auth.confirmed.title")} · Ribambelle`}</title>
			{problem ? (
				<div className="space-y-4">
					<p role="alert">{t(problem === "expired" ? "auth.confirmed.expired" : "auth.confirmed.invalid")}</p>
					<Form method="post" action="/sign-in" className="space-y-3">
						<input type="hidden" name="intent" value="resend" />
						<label htmlFor="resend-identifier" className="block text-sm font-semibold">
							{t("auth.confirmed.resendLabel")}
						</label>
						<input
							id="resend-identifier"
							name="identifier"
							type="email"
							autoComplete="email"
							required
							className="block w-full rounded-md border border-stone-400 px-3 py-2"
						/>
						<SubmitButton intent="resend">{t("auth.signIn.resend")}</SubmitButton>
					</Form>
				</div>
			) : (
				<>
					<p>{t("auth.confirmed.signInNow")}</p>
					<p className="mt-4">
						<Link to="/sign-in" className="font-medium text-brand-800 underline">
							{t("auth.signIn.submit")}
						</Link>
					</p>
				</>
			)}
		</AuthCard>
	);
}
