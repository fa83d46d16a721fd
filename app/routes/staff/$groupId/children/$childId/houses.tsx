import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { Field, FormAlert, type FormConstraint, SelectField, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { formatDate } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { Section } from "#app/ui/section.tsx";
import { resultFor } from "../../../../+shared/dossier/section-page.tsx";
import type { Route } from "./+types/houses";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["families.choose", "houses.kinds"] };

export { action, loader } from "./houses.server.ts";

type Enrolment = Route.ComponentProps["loaderData"]["enrolments"][number];

/** « Terminer l'inscription » of one enrolment: the child's last day in the house. */
function EndEnrolmentForm({
	enrolment,
	today,
	constraint,
	lastResult,
}: {
	enrolment: Enrolment;
	today: string;
	constraint: FormConstraint;
	lastResult?: SubmissionResult<string[]>;
}) {
	const { t } = useT();
	const submitted = (lastResult?.initialValue as { enrolmentId?: unknown } | undefined)?.enrolmentId;
	const [form, fields] = useAppForm({
		id: `end-enrolment-${enrolment.id}`,
		constraint,
		schema: () => import("#app/domain/families/enrolment-input.ts").then((m) => m.endEnrolmentSchema),
		lastResult: submitted === enrolment.id ? lastResult : undefined,
		defaultValue: { endsOn: enrolment.endsOn ?? (today < enrolment.startsOn ? enrolment.startsOn : today) },
	});
	return (
		<Form method="post" {...getFormProps(form)} className="mt-2 flex flex-wrap items-end gap-3">
			<input type="hidden" name="intent" value="end-enrolment" />
			<input type="hidden" name="enrolmentId" value={enrolment.id} />
			<FormAlert errors={form.errors} />
			<Field meta={fields.endsOn} label={t("families.enrolments.lastDay")} type="date" required />
			<SubmitButton intent="end-enrolment" variant="secondary">
				{t("families.enrolments.end", { house: enrolment.houseName })}
			</SubmitButton>
		</Form>
	);
}

/** The houses of a child on the staff side: enrolments, houses through registrations, enrolling. */
export default function StaffChildHouses({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { enrolments, byRegistration, houses, canEnrol, today, constraints } = loaderData;
	const result = actionData?.result as SubmissionResult<string[]> | undefined;
	const [enrolForm, enrolFields] = useAppForm({
		id: "enrol-child",
		constraint: constraints.enrol,
		schema: () => import("#app/domain/families/enrolment-input.ts").then((m) => m.enrolChildSchema),
		lastResult: resultFor(result, "enrol"),
		defaultValue: { startsOn: today },
	});
	const period = (enrolment: Enrolment) =>
		enrolment.endsOn
			? t("families.enrolments.fromTo", {
					from: formatDate(enrolment.startsOn, language),
					to: formatDate(enrolment.endsOn, language),
				})
			: t("families.enrolments.from", { from: formatDate(enrolment.startsOn, language) });
	return (
		<>
			<title>{`${t("families.enrolments.title")} · Ribambelle`}</title>
			<div className="space-y-6">
				<Section title={t("families.enrolments.title")}>
					<p className="mb-3 text-sm text-stone-700">{t("families.enrolments.lead")}</p>
					{enrolments.length === 0 ? (
						<p className="text-stone-600">{t("families.enrolments.empty")}</p>
					) : (
						<ul className="divide-y divide-stone-200">
							{enrolments.map((enrolment) => (
								<li key={enrolment.id} className="py-3">
									<p className={enrolment.current ? "font-semibold" : "text-stone-500"}>
										{enrolment.houseName} · {t(`houses.kinds.${enrolment.houseKind}`)}
									</p>
									<p className="text-sm text-stone-700">
										{period(enrolment)}
										{enrolment.current ? "" : ` · ${t("families.enrolments.ended")}`}
									</p>
									{canEnrol && enrolment.current ? (
										<EndEnrolmentForm
											enrolment={enrolment}
											today={today}
											constraint={constraints.endEnrolment}
											lastResult={resultFor(result, "end-enrolment")}
										/>
									) : null}
								</li>
							))}
						</ul>
					)}
				</Section>

				<Section title={t("families.enrolments.byRegistration")}>
					<p className="mb-3 text-sm text-stone-700">{t("families.enrolments.byRegistrationLead")}</p>
					{byRegistration.length === 0 ? (
						<p className="text-stone-600">{t("families.enrolments.byRegistrationEmpty")}</p>
					) : (
						<ul className="divide-y divide-stone-200">
							{byRegistration.map((house) => (
								<li key={house.id} className="py-2">
									<span className="font-semibold">{house.name}</span> · {t(`houses.kinds.${house.kind}`)}
									{house.lastDay
										? ` · ${t("families.enrolments.lastOffer", { date: formatDate(house.lastDay, language) })}`
										: ""}
								</li>
							))}
						</ul>
					)}
				</Section>

				{canEnrol ? (
					<Section title={t("families.enrolments.add")}>
						<Form method="post" {...getFormProps(enrolForm)} className="space-y-4">
							<input type="hidden" name="intent" value="enrol" />
							<FormAlert errors={enrolForm.errors} />
							<div className="grid gap-4 sm:grid-cols-3">
								<SelectField
									meta={enrolFields.houseId}
									label={t("families.enrolments.house")}
									placeholder={t("families.choose")}
									options={houses.map((house) => ({ value: house.id, label: house.name }))}
									required
								/>
								<Field meta={enrolFields.startsOn} label={t("families.enrolments.startsOn")} type="date" required />
								<Field
									meta={enrolFields.endsOn}
									label={t("families.enrolments.endsOn")}
									type="date"
									hint={t("families.enrolments.endsOnHint")}
								/>
							</div>
							<SubmitButton intent="enrol">{t("families.enrolments.submit")}</SubmitButton>
						</Form>
					</Section>
				) : null}
			</div>
		</>
	);
}
