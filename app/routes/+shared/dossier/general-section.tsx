import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, useLocation } from "react-router";
import { sexes } from "#app/db/schema.ts";
import type { DossierField } from "#app/domain/families/dossier-fields.ts";
import { formatNationalNumber } from "#app/domain/families/national-number.ts";
import { languages } from "#app/locales/languages.ts";
import { countryOptions } from "#app/ui/country-options.ts";
import { Field, FormAlert, type FormConstraint, SelectField, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { Section } from "#app/ui/section.tsx";
import { resultFor, SectionPage } from "./section-page.tsx";

type GeneralData = {
	/** The constraints of the section's forms, from the loader (decision 042). */
	constraints: { general: FormConstraint };
	child: { fileNumber: number };
	canEdit: boolean;
	missing: DossierField[];
	history: React.ComponentProps<typeof SectionPage>["history"];
	general: Record<string, string>;
	guardians: { userId: string; name: string }[];
};

/** « Données générales » (guide §5), for guardians and staff. */
export function GeneralSection({ data, lastResult }: { data: GeneralData; lastResult?: SubmissionResult<string[]> }) {
	const { t, language } = useT();
	const location = useLocation();
	const required = new Set<string>([
		"lastName",
		"firstName",
		"birthDate",
		"nationalNumber",
		"sex",
		"street",
		"houseNumber",
		"postalCode",
		"locality",
		"country",
		...data.missing,
	]);
	const nationalNumber = data.general.nationalNumber;
	const [form, fields] = useAppForm({
		id: "general-data",
		constraint: data.constraints.general,
		schema: () => import("#app/domain/families/dossier-input.ts").then((m) => m.generalDataSchema),
		lastResult: resultFor(lastResult, "save"),
		guardUnsaved: true,
		defaultValue: {
			...data.general,
			nationalNumber:
				nationalNumber && nationalNumber.length === 11 ? formatNationalNumber(nationalNumber) : nationalNumber,
		},
	});
	return (
		<SectionPage
			title={t("families.general.title")}
			missing={data.missing}
			history={data.history}
			canEdit={data.canEdit}
		>
			<Section title={t("families.general.title")}>
				<Form key={location.key} method="post" {...getFormProps(form)} className="space-y-4">
					<input type="hidden" name="intent" value="save" />
					<FormAlert errors={form.errors} />
					<fieldset disabled={!data.canEdit} className="grid gap-4 sm:grid-cols-2">
						<div>
							<p className="text-sm font-semibold text-stone-800">{t("families.dossier.fileNumber")}</p>
							<p className="mt-1 rounded-md bg-stone-100 px-3 py-2 font-mono">{data.child.fileNumber}</p>
						</div>
						<div className="hidden sm:block" />
						<Field
							meta={fields.firstName}
							label={t("families.general.firstName")}
							required={required.has("firstName")}
						/>
						<Field meta={fields.lastName} label={t("families.general.lastName")} required />
						<Field
							meta={fields.nationalNumber}
							label={t("families.general.nationalNumber")}
							hint={t("families.general.nationalNumberHint")}
							autoComplete="off"
							required
						/>
						<Field
							meta={fields.birthDate}
							label={t("families.general.birthDate")}
							hint={t("families.general.birthDateHint")}
							type="date"
							required
						/>
						<SelectField
							meta={fields.sex}
							label={t("families.general.sex")}
							placeholder={t("families.choose")}
							options={sexes.map((value) => ({ value, label: t(`families.general.sexes.${value}`) }))}
							required
						/>
						<SelectField
							meta={fields.language}
							label={t("families.general.language")}
							placeholder={t("families.choose")}
							options={languages.map((value) => ({ value, label: t(`families.motherTongues.${value}`) }))}
							required={required.has("language")}
						/>
						<div className="grid grid-cols-[1fr_6rem] gap-3 sm:col-span-2">
							<Field meta={fields.street} label={t("families.general.street")} required />
							<Field meta={fields.houseNumber} label={t("families.general.houseNumber")} required />
						</div>
						<div className="grid grid-cols-[7rem_1fr] gap-3">
							<Field meta={fields.postalCode} label={t("families.general.postalCode")} required />
							<Field meta={fields.locality} label={t("families.general.locality")} required />
						</div>
						<SelectField
							meta={fields.country}
							label={t("families.general.country")}
							options={countryOptions(language, data.general.country)}
							required
						/>
					</fieldset>
					{data.canEdit ? <SubmitButton>{t("families.dossier.save")}</SubmitButton> : null}
				</Form>
			</Section>
			<Section title={t("families.dossier.guardians")} className="mt-6">
				<ul className="list-disc space-y-1 pl-5">
					{data.guardians.map((guardian) => (
						<li key={guardian.userId}>{guardian.name}</li>
					))}
				</ul>
			</Section>
		</SectionPage>
	);
}
