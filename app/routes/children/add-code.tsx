import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import { addChildByCodeSchema } from "#app/domain/families/dossier-input.ts";
import { Field, FormAlert, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import type { Route } from "./+types/add-code";

export { action, loader } from "./add-code.server.ts";

/** « Ajouter mon enfant sur base d'un code ». */
export default function AddChildByCode({ actionData }: Route.ComponentProps) {
	const { t } = useT();
	const [form, fields] = useAppForm({
		id: "add-by-code",
		schema: addChildByCodeSchema,
		lastResult: actionData?.result,
	});
	return (
		<>
			<title>{`${t("families.byCode.title")} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to="/children/add" className="text-brand-800 underline">
					← {t("families.add.title")}
				</Link>
			</p>
			<PageHeader title={t("families.byCode.title")} lead={t("families.byCode.lead")} />
			<Section title={t("families.byCode.title")} className="max-w-2xl">
				<Form method="post" {...getFormProps(form)} className="space-y-4">
					<FormAlert errors={form.errors} />
					<Field
						meta={fields.groupCode}
						label={t("families.add.groupCode")}
						hint={t("families.add.groupCodeHint")}
						autoComplete="off"
						required
					/>
					<Field
						meta={fields.childCode}
						label={t("families.byCode.childCode")}
						hint={t("families.byCode.childCodeHint")}
						autoComplete="off"
						required
					/>
					<div className="flex flex-wrap items-center gap-4">
						<SubmitButton>+ {t("families.byCode.submit")}</SubmitButton>
						<Link to="/children" className="font-semibold text-brand-800 underline">
							× {t("families.add.cancel")}
						</Link>
					</div>
				</Form>
			</Section>
		</>
	);
}
