import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { AuthCard } from "#app/ui/auth-card.tsx";
import { CheckboxField, Field, FormAlert, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import type { Route } from "./+types/sign-in";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["auth.fields", "auth.password", "auth.reset", "auth.signIn", "auth.username"],
};

export { action, loader } from "./sign-in.server.ts";

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const lastResult = actionData && "result" in actionData ? actionData.result : undefined;
	const unverified = actionData && "unverified" in actionData ? actionData : undefined;
	const [form, fields] = useAppForm({
		id: "sign-in",
		constraint: loaderData.constraints.signIn,
		schema: () => import("#app/domain/accounts/account-input.ts").then((m) => m.signInSchema),
		lastResult,
	});

	return (
		<AuthCard title={t("auth.signIn.title")} lead={t("auth.signIn.lead")} wide={loaderData.openIdEnabled}>
			<title>{`${t("auth.signIn.title")} · Ribambelle`}</title>
			<div className={loaderData.openIdEnabled ? "grid gap-8 md:grid-cols-2" : ""}>
				<section aria-labelledby="sign-in-account">
					<h2 id="sign-in-account" className="mb-3 text-lg font-semibold">
						{t("auth.signIn.accountTitle")}
					</h2>
					{unverified ? (
						<div
							role="alert"
							className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
						>
							<p className="font-semibold">{t("auth.signIn.unverifiedTitle")}</p>
							<p className="mt-1">{t("auth.signIn.unverifiedMessage")}</p>
							<Form method="post" className="mt-2">
								<input type="hidden" name="intent" value="resend" />
								<input type="hidden" name="identifier" value={unverified.identifier} />
								<SubmitButton variant="secondary" intent="resend">
									{t("auth.signIn.resend")}
								</SubmitButton>
							</Form>
						</div>
					) : null}
					<Form method="post" {...getFormProps(form)} className="space-y-4">
						<input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
						<FormAlert errors={form.errors} />
						<Field meta={fields.identifier} label={t("auth.signIn.identifier")} autoComplete="username" required />
						<Field
							meta={fields.password}
							label={t("auth.fields.password")}
							type="password"
							autoComplete="current-password"
							required
						/>
						<CheckboxField meta={fields.rememberMe} label={t("auth.signIn.rememberMe")} />
						<SubmitButton>{t("auth.signIn.submit")}</SubmitButton>
					</Form>
					<p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
						<Link to="/forgot-password" className="font-medium text-brand-800 underline">
							{t("auth.signIn.forgot")}
						</Link>
						<Link to="/sign-up" className="font-medium text-brand-800 underline">
							{t("auth.signIn.signUp")}
						</Link>
					</p>
				</section>
				{loaderData.openIdEnabled ? (
					<section aria-labelledby="sign-in-social" className="md:border-l md:border-stone-200 md:pl-8">
						<h2 id="sign-in-social" className="mb-3 text-lg font-semibold">
							{t("auth.signIn.socialTitle")}
						</h2>
						{loaderData.openIdFailed ? (
							<p role="alert" className="mb-3 text-sm font-medium text-red-800">
								{t("auth.signIn.openIdFailed")}
							</p>
						) : null}
						<Form method="post" reloadDocument>
							<input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
							<button
								type="submit"
								name="intent"
								value="openid"
								className="inline-flex min-h-11 w-full items-center justify-center gap-3 rounded-md bg-red-700 px-5 font-semibold text-white hover:bg-red-800"
							>
								<span
									aria-hidden="true"
									className="grid size-6 place-items-center rounded-full bg-white text-sm font-bold text-red-700"
								>
									G
								</span>
								{t("auth.signIn.google")}
							</button>
						</Form>
					</section>
				) : null}
			</div>
		</AuthCard>
	);
}
