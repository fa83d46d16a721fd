import { type FieldMetadata, type FormMetadata, getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import { Field, FormAlert, SubmitButton } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";

/**
 * The two ways of « Ajouter ou créer le dossier de mon enfant » share their page: the way
 * back, the « code groupe » with the guide's help text, their own fields, send or cancel.
 */
export function AddChildForm({
	title,
	lead,
	form,
	groupCode,
	submitLabel,
	cancelLabel,
	children,
}: {
	title: string;
	lead: string;
	form: FormMetadata<any, string[]>;
	groupCode: FieldMetadata<any, any, string[]>;
	submitLabel: string;
	cancelLabel: string;
	/** The fields after the group code. */
	children: React.ReactNode;
}) {
	const { t } = useT();
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to="/children/add" className="text-brand-800 underline">
					← {t("families.add.title")}
				</Link>
			</p>
			<PageHeader title={title} lead={lead} />
			<Section title={title} className="max-w-2xl">
				<Form method="post" {...getFormProps(form)} className="space-y-4">
					<FormAlert errors={form.errors} />
					<Field
						meta={groupCode}
						label={t("families.add.groupCode")}
						hint={t("families.add.groupCodeHint")}
						autoComplete="off"
						required
					/>
					{children}
					<div className="flex flex-wrap items-center gap-4">
						<SubmitButton>{submitLabel}</SubmitButton>
						<Link to="/children" className="font-semibold text-brand-800 underline">
							{cancelLabel}
						</Link>
					</div>
				</Form>
			</Section>
		</>
	);
}
