import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { AuthCard } from "#app/ui/auth-card.tsx";
import { Field, FormAlert, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { NewPasswordField } from "#app/ui/new-password-field.tsx";
import type { Route } from "./+types/accept";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"auth.fields",
		"auth.password",
		"auth.reset",
		"auth.signIn",
		"auth.username",
		"staff.houses",
		"staff.invitation",
		"staff.roles",
	],
};

export { action, loader } from "./accept.server.ts";

export default function AcceptInvitation({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const lastResult = actionData && "result" in actionData ? actionData.result : undefined;
	const [form, fields] = useAppForm({
		id: "accept-invitation",
		constraint: loaderData.constraints.account,
		schema: () => import("#app/domain/groups/staff-input.ts").then((m) => m.invitationAccountSchema),
		lastResult,
	});
	if (loaderData.state === "invalid") {
		return (
			<AuthCard title={t("staff.invitation.title")}>
				<title>{`${t("staff.invitation.title")} · Ribambelle`}</title>
				<p role="alert">{t("staff.invitation.invalid")}</p>
			</AuthCard>
		);
	}
	const { token, groupName, role, email, viewer, accountExists, forSomeoneElse } = loaderData;
	const refused = actionData && "refused" in actionData ? actionData.refused : undefined;
	const here = `/invitations/accept?${new URLSearchParams({ token })}`;
	return (
		<AuthCard
			title={t("staff.invitation.title")}
			lead={t("staff.invitation.lead", { groupName, role: t(`staff.roles.${role}`) })}
			wide={!viewer && !accountExists}
		>
			<title>{`${t("staff.invitation.title")} · Ribambelle`}</title>
			{refused ? (
				<p role="alert">{t(refused, { email, viewerEmail: viewer?.email ?? "" })}</p>
			) : viewer && forSomeoneElse ? (
				<div className="space-y-4">
					<p role="alert">{t("staff.invitation.wrongAccount", { email, viewerEmail: viewer.email })}</p>
					<Form method="post" action="/sign-out">
						<SubmitButton>{t("staff.invitation.signOutToAccept")}</SubmitButton>
					</Form>
				</div>
			) : viewer ? (
				<Form method="post" className="space-y-4">
					<input type="hidden" name="token" value={token} />
					<p>{t("staff.invitation.asViewer", { name: viewer.name, email: viewer.email })}</p>
					<SubmitButton>{t("staff.invitation.accept")}</SubmitButton>
				</Form>
			) : accountExists ? (
				<div className="space-y-4">
					<p>{t("staff.invitation.signInToAccept", { email })}</p>
					<Link
						to={`/sign-in?${new URLSearchParams({ redirectTo: here })}`}
						className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold uppercase text-white hover:bg-brand-800"
					>
						{t("auth.signIn.submit")}
					</Link>
				</div>
			) : (
				<Form method="post" {...getFormProps(form)} className="space-y-4">
					<input type="hidden" name="token" value={token} />
					<p>{t("staff.invitation.createAccount", { email })}</p>
					<FormAlert errors={form.errors} />
					<div className="grid gap-4 sm:grid-cols-3">
						<Field meta={fields.username} label={t("auth.fields.username")} autoComplete="username" required />
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
					<SubmitButton>{t("staff.invitation.acceptAndCreate")}</SubmitButton>
				</Form>
			)}
		</AuthCard>
	);
}
