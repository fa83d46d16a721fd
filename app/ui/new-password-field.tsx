import { type FieldMetadata, getInputProps } from "@conform-to/react";
import { useId, useState } from "react";
import { passwordRules, unmetPasswordRules } from "#app/domain/accounts/password-rules.ts";
import { FieldErrors, FieldLabel, inputClass } from "./form.tsx";
import { useT } from "./i18n.tsx";

// Apart from form.tsx: only the pages that set a password need the rules and their strings
// (scope `auth.password`, decision 027).

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
