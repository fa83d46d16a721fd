import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "react-router";
import { confirmationModes, type OfferKind, offerStatuses } from "#app/db/schema.ts";
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
import { useT } from "#app/ui/i18n.tsx";
import { TranslationFields } from "#app/ui/translation-fields.tsx";

/** A titled group of fields, drawn as a card. */
function FieldGroup({ legend, hint, children }: { legend: string; hint?: string; children: React.ReactNode }) {
	return (
		<fieldset className="panel p-5 shadow-sm">
			<legend className="float-left mb-3 w-full panel-title">{legend}</legend>
			<div className="clear-both space-y-4">
				{hint ? <p className="text-sm text-stone-600">{hint}</p> : null}
				{children}
			</div>
		</fieldset>
	);
}

/**
 * The form of a camp or an activity, to create one or change it. Readers see the same fields,
 * disabled, without the button.
 */
export function OfferForm({
	kind,
	houses,
	periods,
	defaultValue,
	constraint,
	lastResult,
	submitLabel,
	readOnly = false,
	formId = "offer",
	notice,
}: {
	kind: OfferKind;
	houses: { id: string; name: string }[];
	periods: { id: string; name: string }[];
	defaultValue: Record<string, string>;
	/** The constraints of `offerFormSchema(kind)`, from the loader. */
	constraint: FormConstraint;
	lastResult?: SubmissionResult<string[]> | null;
	submitLabel: string;
	readOnly?: boolean;
	/**
	 * One per offer (`offer-<id>`): Conform keeps a form's state by id, so another offer's page
	 * (the copy just made) must not reuse it. Callers also key the component by offer.
	 */
	formId?: string;
	/** Shown above the button: what saving will do to registered families. */
	notice?: React.ReactNode;
}) {
	const { t } = useT();
	const [form, fields] = useAppForm({
		id: formId,
		constraint,
		schema: () => import("./offer-form-input.ts").then((m) => m.offerFormSchema(kind)),
		lastResult,
		defaultValue,
		guardUnsaved: true,
	});
	const ageFields = (which: "min" | "max") => (
		<fieldset>
			<legend className="text-sm font-semibold text-stone-800">{t(`offerAdmin.form.${which}Age`)}</legend>
			<div className="mt-1 grid grid-cols-2 gap-3">
				<Field
					meta={which === "min" ? fields.minAgeYears : fields.maxAgeYears}
					label={t("offerAdmin.form.years")}
					type="number"
				/>
				<Field
					meta={which === "min" ? fields.minAgeMonths : fields.maxAgeMonths}
					label={t("offerAdmin.form.months")}
					type="number"
				/>
			</div>
		</fieldset>
	);
	return (
		<Form method="post" {...getFormProps(form)} className="space-y-6">
			<input type="hidden" name="intent" value="save" />
			<input type="hidden" name="kind" value={kind} />
			<FormAlert errors={form.errors} />
			<fieldset disabled={readOnly} className="space-y-6">
				<FieldGroup legend={t("offerAdmin.form.sections.general")}>
					<div className="grid gap-4 sm:grid-cols-2">
						<SelectField
							meta={fields.houseId}
							label={t("offerAdmin.form.house")}
							placeholder={t("offerAdmin.form.chooseHouse")}
							options={houses.map((house) => ({ value: house.id, label: house.name }))}
							required
						/>
						<SelectField
							meta={fields.periodId}
							label={t("offerAdmin.form.period")}
							placeholder={t("offerAdmin.form.noPeriod")}
							options={periods.map((period) => ({ value: period.id, label: period.name }))}
						/>
					</div>
					<Field meta={fields.title} label={t("offerAdmin.form.title")} required />
					<TextAreaField meta={fields.description} label={t("offerAdmin.form.description")} rows={4} />
					<TranslationFields
						id={`${formId}-translations`}
						fields={[
							{
								label: t("offerAdmin.form.title"),
								meta: { nl: fields.titleNl, de: fields.titleDe, en: fields.titleEn },
							},
							{
								label: t("offerAdmin.form.description"),
								multiline: true,
								meta: { nl: fields.descriptionNl, de: fields.descriptionDe, en: fields.descriptionEn },
							},
						]}
					/>
				</FieldGroup>

				<FieldGroup legend={t("offerAdmin.form.sections.schedule")}>
					{kind === "camp" ? (
						<div className="grid gap-4 sm:grid-cols-2">
							<Field meta={fields.firstDay} label={t("offerAdmin.form.firstDay")} type="date" required />
							<Field meta={fields.lastDay} label={t("offerAdmin.form.lastDay")} type="date" required />
						</div>
					) : (
						<TextAreaField
							meta={fields.dates}
							label={t("offerAdmin.form.dates")}
							hint={t("offerAdmin.form.datesHint")}
							rows={4}
							required
						/>
					)}
					{kind === "activity" ? (
						<div>
							<CheckboxField meta={fields.datesTogether} label={t("offerAdmin.form.datesTogether")} />
							<p className="text-sm text-stone-600">{t("offerAdmin.form.datesTogetherHint")}</p>
						</div>
					) : null}
					<div className="grid gap-4 sm:grid-cols-2">
						<Field meta={fields.startTime} label={t("offerAdmin.form.startTime")} type="time" required />
						<Field meta={fields.endTime} label={t("offerAdmin.form.endTime")} type="time" required />
					</div>
				</FieldGroup>

				<FieldGroup legend={t("offerAdmin.form.sections.pricesAndAges")}>
					<div className="grid gap-4 sm:grid-cols-2">
						<Field
							meta={fields.price}
							label={t("offerAdmin.form.price")}
							hint={t("offerAdmin.form.priceHint")}
							required
						/>
						<Field
							meta={fields.carePrice}
							label={t("offerAdmin.form.carePrice")}
							hint={t("offerAdmin.form.carePriceHint")}
						/>
					</div>
					<CheckboxField meta={fields.careOptional} label={t("offerAdmin.form.careOptional")} />
					<p className="text-sm text-stone-600">{t("offerAdmin.form.ageHint")}</p>
					<div className="grid gap-4 sm:grid-cols-2">
						{ageFields("min")}
						{ageFields("max")}
					</div>
				</FieldGroup>

				<FieldGroup legend={t("offerAdmin.form.sections.registration")} hint={t("offerAdmin.form.timesHint")}>
					<div className="grid gap-4 sm:grid-cols-2">
						<Field meta={fields.capacity} label={t("offerAdmin.form.capacity")} type="number" required />
						<Field meta={fields.waitingListSize} label={t("offerAdmin.form.waitingListSize")} type="number" required />
						<Field meta={fields.opensAt} label={t("offerAdmin.form.opensAt")} type="datetime-local" required />
						<Field meta={fields.closesAt} label={t("offerAdmin.form.closesAt")} type="datetime-local" required />
						<Field
							meta={fields.cancelUntil}
							label={t("offerAdmin.form.cancelUntil")}
							hint={t("offerAdmin.form.cancelHint")}
							type="datetime-local"
						/>
					</div>
					<RadioGroupField
						meta={fields.confirmationMode}
						legend={t("offerAdmin.form.confirmationMode")}
						options={confirmationModes.map((mode) => ({
							value: mode,
							label: t(`offerAdmin.form.confirmation.${mode}`),
						}))}
						required
					/>
					<TextAreaField
						meta={fields.residentPostalCodes}
						label={t("offerAdmin.form.residentPostalCodes")}
						hint={t("offerAdmin.form.postalCodesHint")}
						rows={2}
					/>
				</FieldGroup>

				<FieldGroup legend={t("offerAdmin.form.sections.publication")}>
					<SelectField
						meta={fields.status}
						label={t("offerAdmin.form.status")}
						options={offerStatuses.map((status) => ({ value: status, label: t(`offerAdmin.form.statuses.${status}`) }))}
						required
					/>
				</FieldGroup>
			</fieldset>
			{notice}
			{readOnly ? null : <SubmitButton intent="save">{submitLabel}</SubmitButton>}
		</Form>
	);
}
