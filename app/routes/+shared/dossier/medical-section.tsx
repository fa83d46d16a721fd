import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, useLocation } from "react-router";
import { swimmingLevels, tetanusStates } from "#app/domain/families/dossier-choices.ts";
import type { DossierField } from "#app/domain/families/dossier-fields.ts";
import {
	CheckboxField,
	Field,
	FormAlert,
	type FormConstraint,
	RadioGroupField,
	SelectField,
	SubmitButton,
	TextAreaField,
	useAppForm,
} from "#app/ui/form.tsx";
import { formatDateTime } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { Section } from "#app/ui/section.tsx";
import { RemoveEntryButton } from "./entry-list.tsx";
import { resultFor, SectionPage } from "./section-page.tsx";

type MedicalData = {
	/** The constraints of the section's forms, from the loader (decision 042). */
	constraints: { medical: FormConstraint; allergy: FormConstraint; medication: FormConstraint };
	canEdit: boolean;
	side: "guardian" | "staff";
	/** `animator`: a reader sees the allergies and medications only (no health sheet). */
	view: "full" | "animator";
	missing: DossierField[];
	history: React.ComponentProps<typeof SectionPage>["history"];
	/** The doctor's phone as shown (`087 11 22 33`), formatted by the loader; "" when none. */
	doctorPhoneShown: string;
	medical?: {
		doctor_name: string | null;
		doctor_phone: string | null;
		tetanus: string | null;
		tetanus_last_booster: string | null;
		has_allergies: boolean | null;
		takes_medication: boolean | null;
		diet: string | null;
		chronic_conditions: string | null;
		chronic_conditions_care: string | null;
		swimming: string | null;
		other_information: string | null;
		confirmed_at: string | null;
		confirmed_by_first_name: string | null;
		confirmed_by_last_name: string | null;
	} | null;
	allergies: { id: string; allergen: string; reactions: string; what_to_do: string }[];
	medications: { id: string; name: string; dose: string; times: string; self_administered: boolean }[];
};

function yesNoValue(value: boolean | null | undefined): string {
	if (value === null || value === undefined) return "";
	return value ? "yes" : "no";
}

/** « Données médicales » (fiche santé) with its allergy and medication lists. */
export function MedicalSection({ data, lastResult }: { data: MedicalData; lastResult?: SubmissionResult<string[]> }) {
	const { t, language } = useT();
	const location = useLocation();
	const required = new Set<string>(data.missing);
	const stored = data.medical;
	const [form, fields] = useAppForm({
		id: "medical-data",
		constraint: data.constraints.medical,
		schema: () => import("#app/domain/families/dossier-input.ts").then((m) => m.medicalDataSchema),
		lastResult: resultFor(lastResult, "save"),
		guardUnsaved: true,
		defaultValue: {
			doctorName: stored?.doctor_name ?? "",
			doctorPhone: data.doctorPhoneShown,
			tetanus: stored?.tetanus ?? "",
			tetanusLastBooster: stored?.tetanus_last_booster ?? "",
			hasAllergies: yesNoValue(stored?.has_allergies),
			takesMedication: yesNoValue(stored?.takes_medication),
			diet: stored?.diet ?? "",
			chronicConditions: stored?.chronic_conditions ?? "",
			chronicConditionsCare: stored?.chronic_conditions_care ?? "",
			swimming: stored?.swimming ?? "",
			otherInformation: stored?.other_information ?? "",
		},
	});
	const [allergyForm, allergyFields] = useAppForm({
		id: "add-allergy",
		constraint: data.constraints.allergy,
		schema: () => import("#app/domain/families/dossier-input.ts").then((m) => m.allergySchema),
		lastResult: resultFor(lastResult, "add-allergy"),
		guardUnsaved: true,
	});
	const [medicationForm, medicationFields] = useAppForm({
		id: "add-medication",
		constraint: data.constraints.medication,
		schema: () => import("#app/domain/families/dossier-input.ts").then((m) => m.medicationSchema),
		lastResult: resultFor(lastResult, "add-medication"),
		guardUnsaved: true,
	});
	const confirmedBy = `${stored?.confirmed_by_first_name ?? ""} ${stored?.confirmed_by_last_name ?? ""}`.trim();
	const yesNo = [
		{ value: "yes", label: t("families.medical.yes") },
		{ value: "no", label: t("families.medical.no") },
	];
	return (
		<SectionPage
			title={t("families.medical.title")}
			lead={t("families.medical.lead")}
			missing={data.missing}
			history={data.history}
			canEdit={data.canEdit}
		>
			{data.side === "staff" ? <p className="mb-4 text-sm text-stone-600">{t("families.staff.medicalRead")}</p> : null}
			{data.view === "animator" ? (
				<p className="mb-4 text-sm text-stone-700">{t("families.staff.animatorView")}</p>
			) : (
				<p className="mb-4 text-sm font-medium text-stone-800">
					{stored?.confirmed_at
						? t("families.medical.confirmedOn", {
								who: confirmedBy || t("families.dossier.someone"),
								date: formatDateTime(stored.confirmed_at, language),
							})
						: t("families.medical.neverConfirmed")}
					{required.has("medicalConfirmed") && stored?.confirmed_at ? ` ${t("families.medical.stale")}` : null}
				</p>
			)}
			<div className="space-y-6">
				{data.view === "animator" ? null : (
					<Section title={t("families.medical.title")}>
						<Form key={location.key} method="post" {...getFormProps(form)} className="space-y-4">
							<input type="hidden" name="intent" value="save" />
							<FormAlert errors={form.errors} />
							<fieldset disabled={!data.canEdit} className="grid gap-4 sm:grid-cols-2">
								<Field
									meta={fields.doctorName}
									label={t("families.medical.doctorName")}
									required={required.has("doctorName")}
								/>
								<Field
									meta={fields.doctorPhone}
									label={t("families.medical.doctorPhone")}
									type="tel"
									required={required.has("doctorPhone")}
								/>
								<SelectField
									meta={fields.tetanus}
									label={t("families.medical.tetanus")}
									placeholder={t("families.choose")}
									options={tetanusStates.map((value) => ({
										value,
										label: t(`families.medical.tetanusOptions.${value}`),
									}))}
									required={required.has("tetanus")}
								/>
								<Field meta={fields.tetanusLastBooster} label={t("families.medical.tetanusLastBooster")} type="date" />
								<RadioGroupField
									meta={fields.hasAllergies}
									legend={t("families.medical.hasAllergies")}
									options={yesNo}
									required={required.has("allergiesAnswered")}
								/>
								<RadioGroupField
									meta={fields.takesMedication}
									legend={t("families.medical.takesMedication")}
									options={yesNo}
									required={required.has("medicationsAnswered")}
								/>
								<SelectField
									meta={fields.swimming}
									label={t("families.medical.swimming")}
									placeholder={t("families.choose")}
									options={swimmingLevels.map((value) => ({
										value,
										label: t(`families.medical.swimmingOptions.${value}`),
									}))}
									required={required.has("swimming")}
								/>
								<TextAreaField meta={fields.diet} label={t("families.medical.diet")} rows={2} />
								<TextAreaField
									meta={fields.chronicConditions}
									label={t("families.medical.chronicConditions")}
									rows={2}
								/>
								<TextAreaField
									meta={fields.chronicConditionsCare}
									label={t("families.medical.chronicConditionsCare")}
									rows={2}
								/>
								<TextAreaField meta={fields.otherInformation} label={t("families.medical.otherInformation")} rows={2} />
								{data.side === "guardian" ? (
									<div className="sm:col-span-2">
										<CheckboxField meta={fields.confirm} label={t("families.medical.confirm")} />
									</div>
								) : null}
							</fieldset>
							{data.canEdit ? <SubmitButton>{t("families.dossier.save")}</SubmitButton> : null}
						</Form>
					</Section>
				)}

				<Section title={t("families.medical.allergies.title")}>
					{data.allergies.length === 0 ? (
						<p className="text-stone-600">{t("families.medical.allergies.empty")}</p>
					) : (
						<ul className="space-y-3">
							{data.allergies.map((allergy) => (
								<li
									key={allergy.id}
									className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-red-200 bg-red-50 p-3"
								>
									<div>
										<p className="font-semibold text-red-900">{allergy.allergen}</p>
										<p className="text-sm">
											<span className="font-medium">{t("families.medical.allergies.reactions")} :</span>{" "}
											{allergy.reactions}
										</p>
										<p className="text-sm">
											<span className="font-medium">{t("families.medical.allergies.whatToDo")}</span>{" "}
											{allergy.what_to_do}
										</p>
									</div>
									{data.canEdit ? (
										<RemoveEntryButton
											intent="remove-allergy"
											entryId={allergy.id}
											label={t("families.medical.allergies.remove", { name: allergy.allergen })}
										/>
									) : null}
								</li>
							))}
						</ul>
					)}
					{data.canEdit ? (
						<Form
							key={location.key}
							method="post"
							{...getFormProps(allergyForm)}
							className="mt-4 space-y-3 border-t border-stone-200 pt-4"
						>
							<input type="hidden" name="intent" value="add-allergy" />
							<div className="grid gap-3 sm:grid-cols-3">
								<Field meta={allergyFields.allergen} label={t("families.medical.allergies.allergen")} required />
								<Field meta={allergyFields.reactions} label={t("families.medical.allergies.reactions")} required />
								<Field meta={allergyFields.whatToDo} label={t("families.medical.allergies.whatToDo")} required />
							</div>
							<SubmitButton intent="add-allergy" variant="secondary">
								+ {t("families.medical.allergies.add")}
							</SubmitButton>
						</Form>
					) : null}
				</Section>

				<Section title={t("families.medical.medications.title")}>
					{data.medications.length === 0 ? (
						<p className="text-stone-600">{t("families.medical.medications.empty")}</p>
					) : (
						<ul className="space-y-3">
							{data.medications.map((medication) => (
								<li
									key={medication.id}
									className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-stone-200 p-3"
								>
									<div>
										<p className="font-semibold">
											{medication.name} — {medication.dose}
										</p>
										<p className="text-sm">
											{medication.times} ·{" "}
											{medication.self_administered
												? t("families.medical.medications.alone")
												: t("families.medical.medications.notAlone")}
										</p>
									</div>
									{data.canEdit ? (
										<RemoveEntryButton
											intent="remove-medication"
											entryId={medication.id}
											label={t("families.medical.medications.remove", { name: medication.name })}
										/>
									) : null}
								</li>
							))}
						</ul>
					)}
					{data.canEdit ? (
						<Form
							key={location.key}
							method="post"
							{...getFormProps(medicationForm)}
							className="mt-4 space-y-3 border-t border-stone-200 pt-4"
						>
							<input type="hidden" name="intent" value="add-medication" />
							<div className="grid gap-3 sm:grid-cols-3">
								<Field meta={medicationFields.name} label={t("families.medical.medications.name")} required />
								<Field meta={medicationFields.dose} label={t("families.medical.medications.dose")} required />
								<Field meta={medicationFields.times} label={t("families.medical.medications.times")} required />
							</div>
							<CheckboxField
								meta={medicationFields.selfAdministered}
								label={t("families.medical.medications.selfAdministered")}
							/>
							<SubmitButton intent="add-medication" variant="secondary">
								+ {t("families.medical.medications.add")}
							</SubmitButton>
						</Form>
					) : null}
				</Section>
			</div>
		</SectionPage>
	);
}
