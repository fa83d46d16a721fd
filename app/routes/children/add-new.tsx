import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import { createDossierSchema } from "#app/domain/families/dossier-input.ts";
import { Field, FormAlert, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import type { Route } from "./+types/add-new";

export { action, loader } from "./add-new.server.ts";

/** « Créer un nouveau dossier pour mon enfant ». */
export default function CreateDossier({ actionData }: Route.ComponentProps) {
	const { t } = useT();
	const [form, fields] = useAppForm({ id: "new-dossier", schema: createDossierSchema, lastResult: actionData?.result });
	return (
		<>
			<title>{`${t("families.newDossier.title")} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to="/children/add" className="text-brand-800 underline">
					← {t("families.add.title")}
				</Link>
			</p>
			<PageHeader title={t("families.newDossier.title")} lead={t("families.newDossier.lead")} />
			<Section title={t("families.newDossier.title")} className="max-w-2xl">
				<Form method="post" {...getFormProps(form)} className="space-y-4">
					<FormAlert errors={form.errors} />
					<Field
						meta={fields.groupCode}
						label={t("families.add.groupCode")}
						hint={t("families.add.groupCodeHint")}
						autoComplete="off"
						required
					/>
					<div className="grid gap-4 sm:grid-cols-2">
						<Field meta={fields.lastName} label={t("families.newDossier.lastName")} autoComplete="off" required />
						<Field meta={fields.firstName} label={t("families.newDossier.firstName")} autoComplete="off" />
					</div>
					<div className="flex flex-wrap items-center gap-4">
						<SubmitButton>{t("families.newDossier.submit")}</SubmitButton>
						<Link to="/children" className="font-semibold text-brand-800 underline">
							{t("families.add.cancel")}
						</Link>
					</div>
				</Form>
			</Section>
		</>
	);
}
