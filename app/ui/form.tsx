import { type FieldMetadata, getInputProps, type SubmissionResult, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { useId, useState } from "react";
import { useNavigation } from "react-router";
import type { z } from "zod";
import { passwordRules, unmetPasswordRules } from "#app/domain/accounts/password-rules.ts";
import { useT } from "./i18n.tsx";

/**
 * A Conform form bound to a zod schema: the browser checks as the user types (after leaving a
 * field), the server checks again with the same schema and its answer (`lastResult`) fills in
 * the fields and messages.
 */
export function useAppForm<Schema extends z.ZodType>(options: {
	id: string;
	schema: Schema;
	lastResult?: SubmissionResult<string[]> | null;
	defaultValue?: Record<string, unknown>;
}) {
	return useForm<z.input<Schema> & Record<string, any>, z.output<Schema>, string[]>({
		id: options.id,
		lastResult: options.lastResult,
		defaultValue: options.defaultValue as never,
		constraint: getZodConstraint(options.schema),
		shouldValidate: "onBlur",
		shouldRevalidate: "onInput",
		onValidate: ({ formData }) => parseWithZod(formData, { schema: options.schema }),
	});
}

const inputClass =
	"block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 shadow-sm aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

/** Translated messages of a field, announced by screen readers when they appear. */
export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
	const { t } = useT();
	if (!errors || errors.length === 0) return null;
	return (
		<ul id={id} className="mt-1 space-y-0.5 text-sm font-medium text-red-800">
			{errors.map((error) => (
				<li key={error}>{t(error as never)}</li>
			))}
		</ul>
	);
}

/**
 * A field's label; the asterisk of required fields sits outside it, so the field's name is
 * just its label (the input's `required` attribute tells assistive technology).
 */
export function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
	return (
		<div className="text-sm font-semibold text-stone-800">
			<label htmlFor={htmlFor}>{label}</label>
			{required ? (
				<span aria-hidden="true" className="text-red-800">
					{" "}
					*
				</span>
			) : null}
		</div>
	);
}

export function Field({
	meta,
	label,
	type = "text",
	autoComplete,
	hint,
	required,
}: {
	meta: FieldMetadata<any, any, string[]>;
	label: string;
	type?: "text" | "email" | "password" | "tel" | "date" | "number";
	autoComplete?: string;
	hint?: string;
	required?: boolean;
}) {
	const hintId = useId();
	const describedBy = [hint ? hintId : null, meta.errors?.length ? meta.errorId : null].filter(Boolean).join(" ");
	return (
		<div>
			<FieldLabel htmlFor={meta.id} label={label} required={required} />
			{hint ? (
				<p id={hintId} className="mt-0.5 text-sm text-stone-600">
					{hint}
				</p>
			) : null}
			<input
				{...getInputProps(meta, { type, ariaAttributes: true })}
				autoComplete={autoComplete}
				aria-describedby={describedBy || undefined}
				className={`mt-1 ${inputClass}`}
			/>
			<FieldErrors id={meta.errorId} errors={meta.errors} />
		</div>
	);
}

export function CheckboxField({ meta, label }: { meta: FieldMetadata<any, any, string[]>; label: string }) {
	return (
		<div className="flex items-center gap-2">
			<input
				{...getInputProps(meta, { type: "checkbox" })}
				className="size-5 rounded border-stone-400 text-brand-700"
			/>
			<label htmlFor={meta.id} className="text-sm text-stone-800">
				{label}
			</label>
		</div>
	);
}

/**
 * A new-password field with the requirements box of the guide beside it, each requirement
 * ticked as it is met, read out politely to screen readers.
 */
export function NewPasswordField({ meta, label }: { meta: FieldMetadata<any, any, string[]>; label: string }) {
	const { t } = useT();
	const [value, setValue] = useState("");
	const unmet = new Set(unmetPasswordRules(value));
	const boxId = useId();
	return (
		<div className="grid gap-3 sm:grid-cols-2 sm:items-start">
			<div>
				<FieldLabel htmlFor={meta.id} label={label} required />
				<input
					{...getInputProps(meta, { type: "password", ariaAttributes: true })}
					autoComplete="new-password"
					aria-describedby={[boxId, meta.errors?.length ? meta.errorId : null].filter(Boolean).join(" ")}
					onInput={(event) => setValue(event.currentTarget.value)}
					className={`mt-1 ${inputClass}`}
				/>
				<FieldErrors id={meta.errorId} errors={meta.errors} />
			</div>
			<div id={boxId} className="rounded-md border border-stone-200 bg-stone-50 p-3 text-sm">
				<p className="font-semibold text-stone-800">{t("auth.password.requirements")}</p>
				<ul className="mt-1 space-y-0.5" aria-live="polite">
					{passwordRules.map((rule) => {
						const met = !unmet.has(rule.id);
						return (
							<li key={rule.id} className={met ? "text-brand-800" : "text-stone-700"}>
								<span aria-hidden="true">{met ? "✓ " : "○ "}</span>
								{t(`auth.password.rules.${rule.id}`)}
								<span className="sr-only"> — {met ? t("auth.password.met") : t("auth.password.notMet")}</span>
							</li>
						);
					})}
				</ul>
			</div>
		</div>
	);
}

/** Form-level messages (wrong password, expired link…), announced at once. */
export function FormAlert({ errors }: { errors?: string[] }) {
	const { t } = useT();
	if (!errors || errors.length === 0) return null;
	return (
		<div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900">
			{errors.map((error) => (
				<p key={error}>{t(error as never)}</p>
			))}
		</div>
	);
}

/** The primary button of a form; says it is working while its form is being submitted. */
export function SubmitButton({
	children,
	name,
	value,
	variant = "primary",
}: {
	children: React.ReactNode;
	name?: string;
	value?: string;
	variant?: "primary" | "secondary" | "danger";
}) {
	const navigation = useNavigation();
	const busy = navigation.state === "submitting" && (!name || navigation.formData?.get(name) === value);
	const styles = {
		primary: "bg-brand-700 text-white hover:bg-brand-800",
		secondary: "border border-stone-400 bg-white text-stone-900 hover:bg-stone-100",
		danger: "bg-red-700 text-white hover:bg-red-800",
	}[variant];
	return (
		<button
			type="submit"
			name={name}
			value={value}
			aria-disabled={busy || undefined}
			className={`inline-flex min-h-11 items-center justify-center rounded-md px-5 font-semibold uppercase tracking-wide ${styles} aria-disabled:opacity-70`}
		>
			{children}
		</button>
	);
}
