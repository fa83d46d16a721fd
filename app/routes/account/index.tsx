import { getFormProps } from "@conform-to/react";
import type { TFunction } from "i18next";
import { Form } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { Field, FormAlert, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { formatDateTime } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { NewPasswordField } from "#app/ui/new-password-field.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["account", "auth.email.unchanged", "auth.fields", "auth.password", "auth.reset", "auth.username"],
};

export { action, loader } from "./index.server.ts";

/** « Firefox sur Android », « Safari », « iPhone », or « Appareil inconnu ». */
function deviceLabel(t: TFunction, device: { browser: string | null; system: string | null }): string {
	if (device.browser && device.system) {
		return t("account.sessions.browserOn", { browser: device.browser, system: device.system });
	}
	return device.browser ?? device.system ?? t("account.sessions.unknownDevice");
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const lastResult = actionData?.result;
	const intentOf = (result: typeof lastResult) => (result?.initialValue as { intent?: unknown } | undefined)?.intent;
	const [passwordForm, passwordFields] = useAppForm({
		id: "change-password",
		constraint: loaderData.constraints.changePassword,
		schema: () => import("#app/domain/accounts/account-input.ts").then((m) => m.changePasswordSchema),
		lastResult: intentOf(lastResult) === "change-password" ? lastResult : undefined,
	});
	const [emailForm, emailFields] = useAppForm({
		id: "change-email",
		constraint: loaderData.constraints.changeEmail,
		schema: () => import("#app/domain/accounts/account-input.ts").then((m) => m.changeEmailSchema),
		lastResult: intentOf(lastResult) === "change-email" ? lastResult : undefined,
	});
	return (
		<>
			<title>{`${t("account.title")} · Ribambelle`}</title>
			<PageHeader title={t("account.title")} lead={t("account.lead")} />
			<div className="grid gap-6 lg:grid-cols-2">
				<Section title={t("account.identity.title")}>
					<dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
						<dt className="font-semibold">{t("auth.fields.email")}</dt>
						<dd className="break-all">{loaderData.email}</dd>
						<dt className="font-semibold">{t("auth.fields.username")}</dt>
						<dd>{loaderData.username ?? t("account.identity.noUsername")}</dd>
					</dl>
				</Section>

				<Section title={t("account.email.title")}>
					<Form method="post" {...getFormProps(emailForm)} className="space-y-4">
						<input type="hidden" name="intent" value="change-email" />
						<FormAlert errors={emailForm.errors} />
						<Field
							meta={emailFields.newEmail}
							label={t("account.email.newEmail")}
							type="email"
							autoComplete="email"
							required
						/>
						{loaderData.hasPassword ? (
							<Field
								meta={emailFields.currentPassword}
								label={t("auth.fields.currentPassword")}
								type="password"
								autoComplete="current-password"
								required
							/>
						) : null}
						<p className="text-sm text-stone-600">{t("account.email.hint")}</p>
						<SubmitButton intent="change-email">{t("account.email.submit")}</SubmitButton>
					</Form>
				</Section>

				<Section title={t("account.password.title")} className="lg:col-span-2">
					<Form method="post" {...getFormProps(passwordForm)} className="space-y-4">
						<input type="hidden" name="intent" value="change-password" />
						<FormAlert errors={passwordForm.errors} />
						{loaderData.hasPassword ? (
							<div className="sm:w-1/2 sm:pr-1.5">
								<Field
									meta={passwordFields.currentPassword}
									label={t("auth.fields.currentPassword")}
									type="password"
									autoComplete="current-password"
									required
								/>
							</div>
						) : (
							<p className="text-sm text-stone-700">{t("account.password.noPasswordYet")}</p>
						)}
						{loaderData.hasPassword ? (
							<>
								<NewPasswordField meta={passwordFields.password} label={t("auth.fields.newPassword")} />
								<div className="sm:w-1/2 sm:pr-1.5">
									<Field
										meta={passwordFields.confirmPassword}
										label={t("auth.fields.confirmPassword")}
										type="password"
										autoComplete="new-password"
										required
									/>
								</div>
								<p className="text-sm text-stone-600">{t("account.password.hint")}</p>
								<SubmitButton intent="change-password">{t("account.password.submit")}</SubmitButton>
							</>
						) : null}
					</Form>
				</Section>

				<Section title={t("account.sessions.title")} className="lg:col-span-2">
					<p className="mb-3 text-sm text-stone-700">{t("account.sessions.lead")}</p>
					<ul className="divide-y divide-stone-200 rounded-md border border-stone-200">
						{loaderData.sessions.map((session) => (
							<li key={session.id} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
								<div className="min-w-0">
									<p className="font-medium break-words">
										{deviceLabel(t, session.device)}
										{session.current ? (
											<span className="ml-2 rounded bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-900">
												{t("account.sessions.current")}
											</span>
										) : null}
									</p>
									<p className="text-stone-600">
										{t(session.ipAddress ? "account.sessions.details" : "account.sessions.lastUsed", {
											ipAddress: session.ipAddress ?? "",
											lastUsedAt: formatDateTime(session.lastUsedAt, language),
										})}
									</p>
								</div>
								{session.current ? null : (
									<Form method="post">
										<input type="hidden" name="sessionId" value={session.id} />
										<SubmitButton variant="secondary" name="intent" value="revoke-session">
											{t("account.sessions.revoke")}
										</SubmitButton>
									</Form>
								)}
							</li>
						))}
					</ul>
					<Form method="post" className="mt-4">
						<SubmitButton variant="danger" name="intent" value="revoke-all">
							{t("account.sessions.revokeAll")}
						</SubmitButton>
					</Form>
				</Section>
			</div>
		</>
	);
}
