import {
	type FieldMetadata,
	getInputProps,
	getSelectProps,
	getTextareaProps,
	parse,
	type Submission,
	type SubmissionResult,
	useForm,
} from "@conform-to/react";
import { useEffect, useId, useRef, useState } from "react";
import { useNavigation } from "react-router";
import type { z } from "zod";
import { useT } from "./i18n.tsx";
import { useUnsavedChanges } from "./unsaved-changes.tsx";

/**
 * A form's field constraints (`required`, `minLength`, `maxLength`, `min`, `max`, `step`,
 * `pattern`, `multiple`, by field name), as Conform renders them on inputs: computed on the
 * server by `formConstraint(schema)` (form-constraint.server.ts) and sent in loader data.
 */
export type FormConstraint = NonNullable<Parameters<typeof useForm>[0]["constraint"]>;

type FormCheck<Schema extends z.ZodType> = (
	formData: FormData,
) => Submission<z.input<Schema> & Record<string, any>, string[], z.output<Schema>>;

/**
 * The checks of form `formId` (its zod schema and Conform's zod parse), loaded when the user
 * first focuses one of its fields (most visits read a page without editing it), or at the
 * latest when the form is submitted: a submission waits for them (a window capture listener
 * holds the submit event back and sends it again once they are there), so the browser checks
 * every submission as before. If they cannot be loaded, the submission goes on and the server
 * checks alone, as without JavaScript. `ready` turns on checking as the user types.
 */
function useLazyCheck<Schema extends z.ZodType>(formId: string, loadSchema: () => Promise<Schema>) {
	const check = useRef<FormCheck<Schema> | null>(null);
	const [ready, setReady] = useState(false);
	const load = useRef(loadSchema);
	load.current = loadSchema;
	useEffect(() => {
		let active = true;
		let settled = false;
		let loading: Promise<void> | undefined;
		const start = () => {
			loading ??= Promise.all([load.current(), import("./form-checks.ts")]).then(
				([schema, { checkForm }]) => {
					check.current = (formData) => checkForm(schema, formData) as ReturnType<FormCheck<Schema>>;
					settled = true;
					if (active) setReady(true);
				},
				(error: unknown) => {
					settled = true;
					console.warn(`The checks of form ${formId} could not be loaded: the server checks it.`, error);
				},
			);
			return loading;
		};
		const isOwnField = (target: EventTarget | null) =>
			(target as { form?: HTMLFormElement | null } | null)?.form?.id === formId;
		const onFocus = (event: FocusEvent) => {
			if (isOwnField(event.target)) void start();
		};
		const onSubmit = (event: SubmitEvent) => {
			const form = event.target as HTMLFormElement;
			if (settled || form.id !== formId) return;
			event.preventDefault();
			event.stopImmediatePropagation();
			const submitter = event.submitter;
			void start().then(() => {
				if (active && form.isConnected) form.requestSubmit(submitter?.isConnected ? submitter : undefined);
			});
		};
		document.addEventListener("focusin", onFocus);
		window.addEventListener("submit", onSubmit, true);
		// A field focused before the page hydrated.
		if (isOwnField(document.activeElement)) void start();
		return () => {
			active = false;
			document.removeEventListener("focusin", onFocus);
			window.removeEventListener("submit", onSubmit, true);
		};
	}, [formId]);
	return { check, ready };
}

/**
 * A Conform form bound to a zod schema: the browser checks as the user types (after leaving a
 * field), the server checks again with the same schema and its answer (`lastResult`) fills in
 * the fields and messages. `lastResult` must be the reply to this very form (on a page of
 * several forms, routed by `intent` with `replyFor`). With `guardUnsaved`, leaving the page
 * while the form holds unsaved changes asks first (dossier and settings forms).
 *
 * Zod stays out of the page's JavaScript (decision 042): `constraint` comes from the loader
 * (`formConstraint(schema)` on the server), and `schema` is a dynamic import of the same schema,
 * loaded when the user first focuses a field, or when the form is first submitted:
 * `schema: () => import("#app/domain/families/dossier-input.ts").then((m) => m.parentProfileSchema)`.
 */
export function useAppForm<Schema extends z.ZodType>(options: {
	id: string;
	constraint: FormConstraint;
	schema: () => Promise<Schema>;
	lastResult?: SubmissionResult<string[]> | null;
	defaultValue?: Record<string, unknown>;
	guardUnsaved?: boolean;
}) {
	useUnsavedChanges(options.guardUnsaved ? options.id : null, options.lastResult);
	const { check, ready } = useLazyCheck(options.id, options.schema);
	return useForm<z.input<Schema> & Record<string, any>, z.output<Schema>, string[]>({
		id: options.id,
		lastResult: options.lastResult,
		defaultValue: options.defaultValue as never,
		constraint: options.constraint,
		// Without the checks, a blur must not ask Conform to validate: it would submit the intent.
		shouldValidate: ready ? "onBlur" : "onSubmit",
		shouldRevalidate: ready ? "onInput" : "onSubmit",
		onValidate: ({ formData }) =>
			check.current
				? check.current(formData)
				: // The checks could not be loaded: unchecked (error null), the server checks it.
					(parse(formData, { resolve: () => ({ error: null }) }) as ReturnType<FormCheck<Schema>>),
	});
}

/**
 * The page's last reply if it answers the form of `intent`, else undefined: on a page of several
 * forms each shows only its own errors. A reply without `intent` counts as `defaultIntent`;
 * `same` narrows further for forms repeated per record (`{ membershipId: member.id }`).
 */
export function replyFor<Result extends { initialValue?: unknown } | null | undefined>(
	result: Result,
	intent: string,
	options: { defaultIntent?: string; same?: Record<string, string> } = {},
): Result | undefined {
	const submitted = (result?.initialValue ?? {}) as Record<string, unknown>;
	if ((submitted.intent ?? options.defaultIntent) !== intent) return undefined;
	for (const [name, value] of Object.entries(options.same ?? {})) if (submitted[name] !== value) return undefined;
	return result;
}

/** What a refused form sent, read back by field name (see `sentValues`). */
export type SentValues = {
	/** The one value sent under `name` (`"starter.name"`), or "" when none was. */
	text(name: string): string;
	/** Every value sent under `name` (ticked checkboxes), as strings. */
	all(name: string): string[];
};

/**
 * What the user sent in the form of `intent` when the server refused it (see `replyFor`), or
 * undefined when the last reply is another form's. For forms without per-field Conform wiring:
 * their fields take `sent ? sent.text(name) : default`, so the page the server renders after a
 * refusal keeps what was typed even when the browser runs no JavaScript.
 */
export function sentValues(
	result: unknown,
	intent: string,
	options: { defaultIntent?: string; same?: Record<string, string> } = {},
): SentValues | undefined {
	const reply = replyFor(result as { initialValue?: unknown } | undefined, intent, options);
	if (!reply?.initialValue) return undefined;
	const read = (name: string): unknown =>
		name
			.split(".")
			.reduce<unknown>(
				(node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
				reply.initialValue,
			);
	const all = (name: string): string[] => {
		const value = read(name);
		const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
		return list.filter((item): item is string => typeof item === "string");
	};
	return { text: (name) => all(name)[0] ?? "", all };
}

/**
 * Every message of the page's last reply when it answers the form of `intent` (see
 * `replyFor`), as one alert under that form: for forms without per-field Conform wiring.
 */
export function ReplyErrors({
	result,
	intent,
	same,
}: {
	result: unknown;
	intent: string;
	same?: Record<string, string>;
}) {
	const { t } = useT();
	const reply = replyFor(
		result as { initialValue?: unknown; error?: Record<string, string[] | null> } | undefined,
		intent,
		{
			same,
		},
	);
	const messages = reply?.error ? Object.values(reply.error).flatMap((list) => list ?? []) : [];
	if (messages.length === 0) return null;
	return (
		<ul
			role="alert"
			className="mt-2 basis-full space-y-1 rounded-md border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900"
		>
			{messages.map((message) => (
				<li key={message}>{t(message as never)}</li>
			))}
		</ul>
	);
}

/** A text field's look (`field` in app.css), with its shadow. */
export const inputClass = "field shadow-sm";

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

/**
 * A field's frame: label (with the asterisk outside it), optional hint, the control, and its
 * messages; the control gets the ids that tie the hint and messages to it.
 */
function FieldFrame({
	meta,
	label,
	hint,
	required,
	children,
}: {
	meta: FieldMetadata<any, any, string[]>;
	label: string;
	hint?: string;
	required?: boolean;
	children: (describedBy: string | undefined) => React.ReactNode;
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
			{children(describedBy || undefined)}
			<FieldErrors id={meta.errorId} errors={meta.errors} />
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
	type?: "text" | "email" | "password" | "tel" | "date" | "number" | "time" | "datetime-local";
	autoComplete?: string;
	hint?: string;
	required?: boolean;
}) {
	return (
		<FieldFrame meta={meta} label={label} hint={hint} required={required}>
			{(describedBy) => (
				<input
					{...getInputProps(meta, { type, ariaAttributes: true })}
					autoComplete={autoComplete}
					aria-describedby={describedBy}
					className={`mt-1 ${inputClass}`}
				/>
			)}
		</FieldFrame>
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

/**
 * The primary button of a form; says it is working while its form is being submitted. A form
 * told apart by a hidden `intent` field gives that intent here (it is not sent twice); a form
 * with several buttons names each one instead (`name="intent" value=…`).
 */
export function SubmitButton({
	children,
	name,
	value,
	intent,
	variant = "primary",
}: {
	children: React.ReactNode;
	name?: string;
	value?: string;
	/** The `intent` of this button's form (sent by its hidden field), for the working state. */
	intent?: string;
	variant?: "primary" | "secondary" | "danger";
}) {
	const navigation = useNavigation();
	const submitted = navigation.state === "submitting" ? navigation.formData : undefined;
	const busy = submitted
		? intent
			? submitted.get("intent") === intent
			: !name || submitted.get(name) === value
		: false;
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

const controlClass = "mt-1 field";

/** A labelled select with its messages; `placeholder` is the empty first choice. */
export function SelectField({
	meta,
	label,
	options,
	placeholder,
	hint,
	required,
	autoComplete,
}: {
	meta: FieldMetadata<any, any, string[]>;
	label: string;
	options: readonly { value: string; label: string }[];
	placeholder?: string;
	hint?: string;
	required?: boolean;
	autoComplete?: string;
}) {
	return (
		<FieldFrame meta={meta} label={label} hint={hint} required={required}>
			{(describedBy) => (
				<select
					{...getSelectProps(meta, { ariaAttributes: true })}
					autoComplete={autoComplete}
					aria-describedby={describedBy}
					className={controlClass}
				>
					{placeholder !== undefined ? <option value="">{placeholder}</option> : null}
					{options.map((option) => (
						<option key={option.value} value={option.value}>
							{option.label}
						</option>
					))}
				</select>
			)}
		</FieldFrame>
	);
}

export function TextAreaField({
	meta,
	label,
	rows = 3,
	hint,
	required,
}: {
	meta: FieldMetadata<any, any, string[]>;
	label: string;
	rows?: number;
	hint?: string;
	required?: boolean;
}) {
	return (
		<FieldFrame meta={meta} label={label} hint={hint} required={required}>
			{(describedBy) => (
				<textarea
					{...getTextareaProps(meta, { ariaAttributes: true })}
					rows={rows}
					aria-describedby={describedBy}
					className={controlClass}
				/>
			)}
		</FieldFrame>
	);
}

/** A question answered by one of a few choices (radio buttons in a fieldset). */
export function RadioGroupField({
	meta,
	legend,
	options,
	required,
	note,
}: {
	meta: FieldMetadata<any, any, string[]>;
	legend: string;
	options: readonly { value: string; label: string }[];
	required?: boolean;
	/** A line under the choices (who answered, and when). */
	note?: string;
}) {
	return (
		<fieldset aria-describedby={meta.errors?.length ? meta.errorId : undefined}>
			<legend className="text-sm font-semibold text-stone-800">
				{legend}
				{required ? (
					<span aria-hidden="true" className="text-red-800">
						{" "}
						*
					</span>
				) : null}
			</legend>
			<div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
				{options.map((option) => (
					<label key={option.value} className="flex min-h-11 items-center gap-2 text-stone-800">
						<input
							type="radio"
							name={meta.name}
							value={option.value}
							defaultChecked={meta.initialValue === option.value}
							aria-invalid={meta.errors?.length ? true : undefined}
							className="size-5 text-brand-700"
						/>
						{option.label}
					</label>
				))}
			</div>
			{note ? <p className="text-sm text-stone-600">{note}</p> : null}
			<FieldErrors id={meta.errorId} errors={meta.errors} />
		</fieldset>
	);
}
