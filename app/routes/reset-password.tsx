import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { AuthCard } from "#app/ui/auth-card.tsx";
import { Field, FormAlert, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { NewPasswordField } from "#app/ui/new-password-field.tsx";
import type { Route } from "./+types/reset-password";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["auth.fields", "auth.password", "auth.reset", "auth.username"],
};

export { action, loader } from "./reset-password.server.ts";

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const [form, fields] = useAppForm({
		id: "reset-password",
		constraint: loaderData.constraints.resetPassword,
		schema: () => import("#app/domain/accounts/account-input.ts").then((m) => m.resetPasswordSchema),
		lastResult: actionData?.result,
		defaultValue: { token: loaderData.token },
	});
	return (
		<AuthCard title={t("auth.reset.title")} lead={loaderData.usable ? t("auth.reset.lead") : undefined} wide>
			<title>{`${t("auth.reset.title")} · Ribambelle`}</title>
			{loaderData.usable ? (
				<Form method="post" {...getFormProps(form)} className="space-y-4">
					<FormAlert errors={form.errors} />
					<input type="hidden" name={fields.token.name} value={loaderData.token} />
					<NewPasswordField meta={fields.password} label={t("auth.fields.newPassword")} />
					<div className="sm:w-1/2 sm:pr-1.5">
						<Field
							meta={fields.confirmPassword}
							label={t("auth.fields.confirmPassword")}
							type="password"
							autoComplete="new-password"
							required
						/>
					</div>
					<SubmitButton>{t("auth.reset.submit")}</SubmitButton>
				</Form>
			) : (
				<div role="alert">
					<p className="text-stone-800">{t("auth.reset.invalidToken")}</p>
					<p className="mt-4">
						<Link to="/forgot-password" className="font-medium text-brand-800 underline">
							{t("auth.reset.askAgain")}
						</Link>
					</p>
				</div>
			)}
		</AuthCard>
	);
}
