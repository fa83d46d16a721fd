import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { AuthCard } from "#app/ui/auth-card.tsx";
import { Field, FormAlert, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { NewPasswordField } from "#app/ui/new-password-field.tsx";
import type { Route } from "./+types/sign-up";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["auth.fields", "auth.password", "auth.reset", "auth.signIn", "auth.signUp", "auth.username"],
};

export { action, loader } from "./sign-up.server.ts";

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const [form, fields] = useAppForm({
		id: "sign-up",
		constraint: loaderData.constraints.signUp,
		schema: () => import("#app/domain/accounts/account-input.ts").then((m) => m.signUpSchema),
		lastResult: actionData?.result,
	});
	return (
		<AuthCard title={t("auth.signUp.title")} lead={t("auth.signUp.lead")} wide>
			<title>{`${t("auth.signUp.title")} · Ribambelle`}</title>
			<Form method="post" {...getFormProps(form)} className="space-y-4">
				<FormAlert errors={form.errors} />
				<div className="grid gap-4 sm:grid-cols-2">
					<Field
						meta={fields.username}
						label={t("auth.fields.username")}
						autoComplete="username"
						hint={t("auth.username.hint")}
						required
					/>
					<Field meta={fields.email} label={t("auth.fields.email")} type="email" autoComplete="email" required />
					<Field meta={fields.firstName} label={t("auth.fields.firstName")} autoComplete="given-name" required />
					<Field meta={fields.lastName} label={t("auth.fields.lastName")} autoComplete="family-name" required />
				</div>
				<NewPasswordField meta={fields.password} label={t("auth.fields.password")} />
				<div className="sm:w-1/2 sm:pr-1.5">
					<Field
						meta={fields.confirmPassword}
						label={t("auth.fields.confirmPassword")}
						type="password"
						autoComplete="new-password"
						required
					/>
				</div>
				<SubmitButton>{t("auth.signUp.submit")}</SubmitButton>
			</Form>
			<p className="mt-4 text-sm">
				{t("auth.signUp.haveAccount")}{" "}
				<Link to="/sign-in" className="font-medium text-brand-800 underline">
					{t("auth.signIn.submit")}
				</Link>
			</p>
		</AuthCard>
	);
}
