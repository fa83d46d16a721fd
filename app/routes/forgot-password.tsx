import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { AuthCard } from "#app/ui/auth-card.tsx";
import { Field, FormAlert, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import type { Route } from "./+types/forgot-password";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["auth.checkMailbox", "auth.fields", "auth.forgot", "auth.password", "auth.reset", "auth.username"],
};

export { action, loader } from "./forgot-password.server.ts";

export default function ForgotPassword({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const [form, fields] = useAppForm({
		id: "forgot-password",
		constraint: loaderData.constraints.email,
		schema: () => import("#app/domain/accounts/account-input.ts").then((m) => m.emailOnlySchema),
		lastResult: actionData?.result,
	});
	return (
		<AuthCard title={t("auth.forgot.title")} lead={t("auth.forgot.lead")}>
			<title>{`${t("auth.forgot.title")} · Ribambelle`}</title>
			<Form method="post" {...getFormProps(form)} className="space-y-4">
				<FormAlert errors={form.errors} />
				<Field meta={fields.email} label={t("auth.fields.email")} type="email" autoComplete="email" required />
				<SubmitButton>{t("auth.forgot.submit")}</SubmitButton>
			</Form>
			<p className="mt-4 text-sm">
				<Link to="/sign-in" className="font-medium text-brand-800 underline">
					{t("auth.checkMailbox.backToSignIn")}
				</Link>
			</p>
		</AuthCard>
	);
}
