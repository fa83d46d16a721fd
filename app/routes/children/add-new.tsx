import type { TranslationHandle } from "#app/locales/scopes.ts";
import { Field, useAppForm } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { AddChildForm } from "./+shared/add-child-form.tsx";
import type { Route } from "./+types/add-new";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["families.add", "families.groupCode.unknown", "families.nationalNumber", "families.newDossier"],
};

export { action, loader } from "./add-new.server.ts";

/** « Créer un nouveau dossier pour mon enfant ». */
export default function CreateDossier({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const [form, fields] = useAppForm({
		id: "new-dossier",
		constraint: loaderData.constraints.newDossier,
		schema: () => import("#app/domain/families/dossier-input.ts").then((m) => m.createDossierSchema),
		lastResult: actionData?.result,
	});
	return (
		<AddChildForm
			title={t("families.newDossier.title")}
			lead={t("families.newDossier.lead")}
			form={form}
			groupCode={fields.groupCode}
			submitLabel={t("families.newDossier.submit")}
			cancelLabel={t("families.add.cancel")}
		>
			<div className="grid gap-4 sm:grid-cols-2">
				<Field meta={fields.lastName} label={t("families.newDossier.lastName")} autoComplete="off" required />
				<Field meta={fields.firstName} label={t("families.newDossier.firstName")} autoComplete="off" />
			</div>
		</AddChildForm>
	);
}
