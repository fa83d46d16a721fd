import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, useLocation } from "react-router";
import { consentKinds } from "#app/db/schema.ts";
import { consentField, livingArrangements } from "#app/domain/families/dossier-choices.ts";
import type { DossierField } from "#app/domain/families/dossier-fields.ts";
import {
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
import { resultFor, SectionPage } from "./section-page.tsx";

type SupplementaryData = {
	/** The constraints of the section's forms, from the loader (decision 042). */
	constraints: { supplementary: FormConstraint };
	canEdit: boolean;
	missing: DossierField[];
	history: React.ComponentProps<typeof SectionPage>["history"];
	supplementary?: {
		school: string | null;
		school_class: string | null;
		lives_with: string | null;
		lives_with_details: string | null;
		mutuality: string | null;
	} | null;
	consents: {
		kind: string;
		granted: boolean;
		given_at: string;
		given_by_first_name: string | null;
		given_by_last_name: string | null;
	}[];
};

/** « Données supplémentaires »: school, living arrangement, mutuality and consents. */
export function SupplementarySection({
	data,
	lastResult,
}: {
	data: SupplementaryData;
	lastResult?: SubmissionResult<string[]>;
}) {
	const { t, language } = useT();
	const location = useLocation();
	const required = new Set<string>(data.missing);
	const stored = data.supplementary;
	const consentOf = (kind: string) => data.consents.find((consent) => consent.kind === kind);
	const [form, fields] = useAppForm({
		id: "supplementary-data",
		constraint: data.constraints.supplementary,
		schema: () => import("#app/domain/families/dossier-input.ts").then((m) => m.supplementaryDataSchema),
		lastResult: resultFor(lastResult, "save"),
		guardUnsaved: true,
		defaultValue: {
			school: stored?.school ?? "",
			schoolClass: stored?.school_class ?? "",
			livesWith: stored?.lives_with ?? "",
			livesWithDetails: stored?.lives_with_details ?? "",
			mutuality: stored?.mutuality ?? "",
			...Object.fromEntries(
				consentKinds.map((kind) => {
					const consent = consentOf(kind);
					return [consentField(kind), consent ? (consent.granted ? "yes" : "no") : ""];
				}),
			),
		},
	});
	const yesNo = [
		{ value: "yes", label: t("families.supplementary.yes") },
		{ value: "no", label: t("families.supplementary.no") },
	];
	return (
		<SectionPage
			title={t("families.supplementary.title")}
			missing={data.missing}
			history={data.history}
			canEdit={data.canEdit}
		>
			<Form key={location.key} method="post" {...getFormProps(form)} className="space-y-6">
				<input type="hidden" name="intent" value="save" />
				<FormAlert errors={form.errors} />
				<fieldset disabled={!data.canEdit} className="space-y-6">
					<Section title={t("families.supplementary.title")}>
						<div className="grid gap-4 sm:grid-cols-2">
							<Field
								meta={fields.school}
								label={t("families.supplementary.school")}
								required={required.has("school")}
							/>
							<Field
								meta={fields.schoolClass}
								label={t("families.supplementary.schoolClass")}
								required={required.has("schoolClass")}
							/>
							<SelectField
								meta={fields.livesWith}
								label={t("families.supplementary.livesWith")}
								placeholder={t("families.choose")}
								options={livingArrangements.map((value) => ({
									value,
									label: t(`families.supplementary.livesWithOptions.${value}`),
								}))}
								required={required.has("livesWith")}
							/>
							<Field
								meta={fields.mutuality}
								label={t("families.supplementary.mutuality")}
								required={required.has("mutuality")}
							/>
							<div className="sm:col-span-2">
								<TextAreaField meta={fields.livesWithDetails} label={t("families.supplementary.livesWithDetails")} />
							</div>
						</div>
					</Section>
					<Section title={t("families.supplementary.consentsTitle")}>
						<p className="mb-4 text-sm text-stone-600">{t("families.supplementary.consentsLead")}</p>
						<div className="space-y-4">
							{consentKinds.map((kind) => {
								const consent = consentOf(kind);
								const who = consent
									? `${consent.given_by_first_name ?? ""} ${consent.given_by_last_name ?? ""}`.trim() ||
										t("families.dossier.someone")
									: "";
								return (
									<RadioGroupField
										key={kind}
										meta={fields[consentField(kind)]}
										legend={t(`families.supplementary.consents.${kind}`)}
										options={yesNo}
										required={required.has("consents")}
										note={
											consent
												? t("families.supplementary.givenBy", {
														who,
														date: formatDateTime(consent.given_at, language),
													})
												: undefined
										}
									/>
								);
							})}
						</div>
					</Section>
				</fieldset>
				{data.canEdit ? <SubmitButton>{t("families.dossier.save")}</SubmitButton> : null}
			</Form>
		</SectionPage>
	);
}
