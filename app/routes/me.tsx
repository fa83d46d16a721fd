import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import { activityCategories, motherTongues } from "#app/domain/families/dossier-choices.ts";
import { messageMailIntent } from "#app/domain/messaging/message-mail-choices.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { countryOptions } from "#app/ui/country-options.ts";
import {
	Field,
	FormAlert,
	type FormConstraint,
	RadioGroupField,
	replyFor,
	SelectField,
	SubmitButton,
	useAppForm,
} from "#app/ui/form.tsx";
import { formatDateTime } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import type { Route } from "./+types/me";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"families.activityCategories",
		"families.choose",
		"families.motherTongues",
		"families.nationalNumber",
		"families.profile",
	],
};

export { action, loader } from "./me.server.ts";

/** « Mes données »: the parent's own details, as in the guide's §3. */
export default function MyData({ loaderData, actionData }: Route.ComponentProps) {
	// After a save the form starts again from the stored values (the phone in its tidy form).
	return (
		<>
			<MyDataForm
				key={loaderData.profile.updated_at ?? "new"}
				profile={loaderData.profile}
				certificateExpected={loaderData.certificateExpected}
				constraint={loaderData.constraints.profile}
				lastResult={replyFor(actionData?.result, "save", { defaultIntent: "save" })}
			/>
			<MessageMailForm
				key={loaderData.profile.message_mail}
				messageMail={loaderData.profile.message_mail}
				constraint={loaderData.constraints.messageMail}
				lastResult={replyFor(actionData?.result, messageMailIntent)}
			/>
		</>
	);
}

/** « Notifications des messages »: a mail for each staff message, or one digest a day at 18:00. */
function MessageMailForm({
	messageMail,
	constraint,
	lastResult,
}: {
	messageMail: string;
	constraint: FormConstraint;
	lastResult: NonNullable<Route.ComponentProps["actionData"]>["result"] | undefined;
}) {
	const { t } = useT();
	const [form, fields] = useAppForm({
		id: "message-mail",
		constraint,
		schema: () => import("#app/domain/messaging/message-mail-input.ts").then((m) => m.messageMailSchema),
		lastResult,
		defaultValue: { messageMail },
	});
	return (
		<Section title={t("families.profile.messageMail.section")} className="mt-6">
			<Form method="post" {...getFormProps(form)} className="space-y-4">
				<input type="hidden" name="intent" value={messageMailIntent} />
				<FormAlert errors={form.errors} />
				<RadioGroupField
					meta={fields.messageMail}
					legend={t("families.profile.messageMail.legend")}
					options={[
						{ value: "instant", label: t("families.profile.messageMail.instant") },
						{ value: "daily", label: t("families.profile.messageMail.daily") },
					]}
					note={t("families.profile.messageMail.dailyHint")}
					required
				/>
				<SubmitButton intent={messageMailIntent}>{t("families.profile.messageMail.submit")}</SubmitButton>
			</Form>
		</Section>
	);
}

function MyDataForm({
	profile,
	certificateExpected,
	constraint,
	lastResult,
}: {
	profile: Route.ComponentProps["loaderData"]["profile"];
	certificateExpected: boolean;
	constraint: FormConstraint;
	lastResult: NonNullable<Route.ComponentProps["actionData"]>["result"] | undefined;
}) {
	const { t, language } = useT();
	const [form, fields] = useAppForm({
		id: "my-data",
		constraint,
		schema: () => import("#app/domain/families/dossier-input.ts").then((m) => m.parentProfileSchema),
		lastResult,
		guardUnsaved: true,
		defaultValue: {
			lastName: profile.last_name,
			firstName: profile.first_name,
			motherTongue: profile.mother_tongue ?? "",
			street: profile.street ?? "",
			houseNumber: profile.house_number ?? "",
			postalCode: profile.postal_code ?? "",
			locality: profile.locality ?? "",
			country: profile.country ?? "BE",
			mobilePhone: profile.mobile_phone_shown,
			activityCategory: profile.activity_category ?? "",
			nationalNumber: profile.national_number_shown,
		},
	});
	return (
		<>
			<title>{`${t("families.profile.title")} · Ribambelle`}</title>
			<PageHeader title={t("families.profile.title")} lead={t("families.profile.lead")} />
			{!profile.updated_at ? <p className="mb-4 warning-box">{t("families.profile.incomplete")}</p> : null}
			{certificateExpected ? (
				<p className="mb-4 rounded-md border border-sky-300 bg-sky-50 p-3 text-sky-950">
					{t("families.profile.nationalNumberExpected")}
				</p>
			) : null}
			<div className="space-y-6">
				<Section title={t("families.profile.email")}>
					<p className="break-all font-medium">{profile.email}</p>
					<p className="mt-1 text-sm text-stone-600">
						<Link to="/account" className="text-brand-800 underline">
							{t("families.profile.emailHint")}
						</Link>
					</p>
				</Section>
				<Section title={t("families.profile.section")}>
					<Form method="post" {...getFormProps(form)} className="space-y-4">
						<input type="hidden" name="intent" value="save" />
						<FormAlert errors={form.errors} />
						<div className="grid gap-4 sm:grid-cols-2">
							<Field
								meta={fields.lastName}
								label={t("families.profile.lastName")}
								autoComplete="family-name"
								required
							/>
							<Field
								meta={fields.firstName}
								label={t("families.profile.firstName")}
								autoComplete="given-name"
								required
							/>
							<SelectField
								meta={fields.motherTongue}
								label={t("families.profile.motherTongue")}
								placeholder={t("families.choose")}
								options={motherTongues.map((value) => ({ value, label: t(`families.motherTongues.${value}`) }))}
							/>
							<SelectField
								meta={fields.country}
								label={t("families.profile.country")}
								options={countryOptions(language, profile.country)}
								autoComplete="country"
								required
							/>
							<div className="grid grid-cols-[1fr_6rem] gap-3 sm:col-span-2">
								<Field
									meta={fields.street}
									label={t("families.profile.street")}
									autoComplete="address-line1"
									required
								/>
								<Field meta={fields.houseNumber} label={t("families.profile.houseNumber")} required />
							</div>
							<div className="grid grid-cols-[7rem_1fr] gap-3 sm:col-span-2">
								<Field
									meta={fields.postalCode}
									label={t("families.profile.postalCode")}
									autoComplete="postal-code"
									required
								/>
								<Field
									meta={fields.locality}
									label={t("families.profile.locality")}
									autoComplete="address-level2"
									required
								/>
							</div>
							<Field
								meta={fields.mobilePhone}
								label={t("families.profile.mobilePhone")}
								hint={t("families.profile.mobilePhoneHint")}
								type="tel"
								autoComplete="tel"
								required
							/>
							<SelectField
								meta={fields.activityCategory}
								label={t("families.profile.activityCategory")}
								placeholder={t("families.choose")}
								options={activityCategories.map((value) => ({
									value,
									label: t(`families.activityCategories.${value}`),
								}))}
							/>
							<Field
								meta={fields.nationalNumber}
								label={t("families.profile.nationalNumber")}
								hint={t("families.profile.nationalNumberHint")}
								autoComplete="off"
							/>
						</div>
						<p className="text-sm font-medium text-stone-700">{t("families.profile.reminder")}</p>
						<SubmitButton intent="save">{t("families.profile.submit")}</SubmitButton>
						{profile.updated_at ? (
							<p className="text-sm text-stone-600">
								{t("families.profile.lastSaved", { date: formatDateTime(profile.updated_at, language) })}
							</p>
						) : null}
					</Form>
				</Section>
			</div>
		</>
	);
}
