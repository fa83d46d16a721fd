import { getFormProps, getSelectProps, getTextareaProps, type SubmissionResult } from "@conform-to/react";
import { Form, useLocation } from "react-router";
import { houseKinds } from "#app/db/schema.ts";
import {
	Field,
	FieldErrors,
	FieldLabel,
	FormAlert,
	type FormConstraint,
	SubmitButton,
	useAppForm,
} from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";

/** The house form, for creating a house and for editing one. */
export function HouseForm({
	id,
	intent,
	constraint,
	lastResult,
	defaultValue,
	submitLabel,
}: {
	id: string;
	intent: string;
	/** `formConstraint(houseInputSchema)`, from the loader of every page showing the form. */
	constraint: FormConstraint;
	lastResult?: SubmissionResult<string[]> | null;
	defaultValue?: Record<string, string>;
	submitLabel: string;
}) {
	const { t } = useT();
	// A new page (after a successful submission) starts with an empty form.
	const location = useLocation();
	const [form, fields] = useAppForm({
		id,
		constraint,
		schema: () => import("#app/domain/groups/group-input.ts").then((m) => m.houseInputSchema),
		lastResult,
		defaultValue,
		guardUnsaved: true,
	});
	return (
		<Form key={location.key} method="post" {...getFormProps(form)} className="space-y-4">
			<input type="hidden" name="intent" value={intent} />
			<FormAlert errors={form.errors} />
			<div className="grid gap-4 sm:grid-cols-2">
				<Field meta={fields.name} label={t("houses.fields.name")} required />
				<div>
					<FieldLabel htmlFor={fields.kind.id} label={t("houses.fields.kind")} required />
					<select
						{...getSelectProps(fields.kind, { ariaAttributes: true })}
						className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2"
					>
						<option value="">{t("houses.fields.chooseKind")}</option>
						{houseKinds.map((kind) => (
							<option key={kind} value={kind}>
								{t(`houses.kinds.${kind}`)}
							</option>
						))}
					</select>
					<FieldErrors id={fields.kind.errorId} errors={fields.kind.errors} />
				</div>
				<Field meta={fields.address} label={t("houses.fields.address")} autoComplete="street-address" required />
				<div className="grid grid-cols-[7rem_1fr] gap-3">
					<Field meta={fields.postalCode} label={t("houses.fields.postalCode")} autoComplete="postal-code" required />
					<Field meta={fields.locality} label={t("houses.fields.locality")} autoComplete="address-level2" required />
				</div>
				<Field meta={fields.phone} label={t("houses.fields.phone")} type="tel" autoComplete="tel" />
				<Field meta={fields.email} label={t("houses.fields.email")} type="email" autoComplete="email" />
			</div>
			<div>
				<FieldLabel htmlFor={fields.description.id} label={t("houses.fields.description")} />
				<textarea
					{...getTextareaProps(fields.description, { ariaAttributes: true })}
					rows={3}
					className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2"
				/>
				<FieldErrors id={fields.description.errorId} errors={fields.description.errors} />
			</div>
			<SubmitButton intent={intent}>{submitLabel}</SubmitButton>
		</Form>
	);
}
