import { Form } from "react-router";
import type { DossierSection } from "#app/db/schema.ts";
import { alwaysRequiredFields, groupRequirableFields } from "#app/domain/families/dossier-fields.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { SubmitButton } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import { useUnsavedChanges } from "#app/ui/unsaved-changes.tsx";
import type { Route } from "./+types/settings";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["families.dossier", "families.staff"] };

export { action, loader } from "./settings.server.ts";

const sections = Object.keys(groupRequirableFields) as DossierSection[];

/** Group settings: which optional dossier data the group requires before registration. */
export default function DossierSettings({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	const { group, requiredFields } = loaderData;
	const required = new Set<string>(requiredFields);
	useUnsavedChanges("dossier-settings", null);
	return (
		<>
			<title>{`${t("families.staff.settings.title")} · ${group.name} · Ribambelle`}</title>
			<PageHeader title={t("families.staff.settings.title")} lead={t("families.staff.settings.lead")} />
			<Form id="dossier-settings" method="post" className="space-y-6">
				<div className="grid gap-6 lg:grid-cols-2">
					{sections.map((section) => (
						<Section key={section} title={t(`families.staff.settings.sections.${section}`)}>
							{alwaysRequiredFields[section].length > 0 ? (
								<div className="mb-3 text-sm text-stone-700">
									<p className="font-semibold">{t("families.staff.settings.always")}</p>
									<p>
										{alwaysRequiredFields[section].map((field) => t(`families.dossier.fieldNames.${field}`)).join(", ")}
									</p>
								</div>
							) : null}
							<fieldset>
								<legend className="sr-only">{t(`families.staff.settings.sections.${section}`)}</legend>
								<ul className="space-y-1">
									{groupRequirableFields[section].map((field) => (
										<li key={field}>
											<label className="flex min-h-11 items-center gap-3">
												<input
													type="checkbox"
													name="requiredFields"
													value={field}
													defaultChecked={required.has(field)}
													className="size-5 shrink-0"
												/>
												<span>{t(`families.dossier.missing.${field}`)}</span>
											</label>
										</li>
									))}
								</ul>
							</fieldset>
						</Section>
					))}
				</div>
				<SubmitButton>{t("families.staff.settings.submit")}</SubmitButton>
			</Form>
		</>
	);
}
