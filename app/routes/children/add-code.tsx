import type { TranslationHandle } from "#app/locales/scopes.ts";
import { Field, useAppForm } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { AddChildForm } from "./+shared/add-child-form.tsx";
import type { Route } from "./+types/add-code";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["families.add", "families.byCode", "families.nationalNumber"],
};

export { action, loader } from "./add-code.server.ts";

/** « Ajouter mon enfant sur base d'un code ». */
export default function AddChildByCode({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const [form, fields] = useAppForm({
		id: "add-by-code",
		constraint: loaderData.constraints.addByCode,
		schema: () => import("#app/domain/families/dossier-input.ts").then((m) => m.addChildByCodeSchema),
		lastResult: actionData?.result,
	});
	return (
		<AddChildForm
			title={t("families.byCode.title")}
			lead={t("families.byCode.lead")}
			form={form}
			groupCode={fields.groupCode}
			submitLabel={`+ ${t("families.byCode.submit")}`}
			cancelLabel={`× ${t("families.add.cancel")}`}
		>
			<Field
				meta={fields.childCode}
				label={t("families.byCode.childCode")}
				hint={t("families.byCode.childCodeHint")}
				autoComplete="off"
				required
			/>
		</AddChildForm>
	);
}
