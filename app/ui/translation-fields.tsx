import type { FieldMetadata } from "@conform-to/react";
import { useEffect, useState } from "react";
import { type TranslationLanguage, translationLanguages } from "#app/domain/offers/staff-translations.ts";
import { Field, TextAreaField } from "./form.tsx";
import { useT } from "./i18n.tsx";

type Meta = FieldMetadata<any, any, string[]>;

/**
 * « Traductions »: optional Dutch, German and English versions of French staff text
 * (decision 024), in a disclosure that is closed until one is filled in or has an error.
 * `fields` gives, per translated field, its French label, whether it is long text, and its
 * field per language.
 */
export function TranslationFields({
	id,
	fields,
}: {
	id: string;
	fields: { label: string; multiline?: boolean; meta: Record<TranslationLanguage, Meta> }[];
}) {
	const { t } = useT();
	const metas = fields.flatMap((field) => translationLanguages.map((language) => field.meta[language]));
	const needed = metas.some((meta) => (meta.errors?.length ?? 0) > 0 || Boolean(meta.initialValue));
	// Follows the user's clicks (onToggle), and opens by itself when a translation needs attention.
	const [open, setOpen] = useState(needed);
	useEffect(() => {
		if (needed) setOpen(true);
	}, [needed]);
	return (
		<details
			id={id}
			open={open}
			onToggle={(event) => setOpen(event.currentTarget.open)}
			className="rounded-md border border-stone-200 bg-stone-50 p-3"
		>
			<summary className="min-h-11 cursor-pointer content-center font-semibold text-brand-800">
				{t("offerAdmin.translations.summary")}
			</summary>
			<div className="mt-3 space-y-4">
				<p className="text-sm text-stone-600">{t("offerAdmin.translations.hint")}</p>
				{translationLanguages.map((language) => (
					<fieldset key={language} lang={language} className="space-y-3">
						<legend className="text-sm font-semibold text-stone-800">{t(`language.names.${language}`)}</legend>
						{fields.map((field) =>
							field.multiline ? (
								<TextAreaField
									key={field.label}
									meta={field.meta[language]}
									label={t("offerAdmin.translations.field", { field: field.label, language: language.toUpperCase() })}
									rows={3}
								/>
							) : (
								<Field
									key={field.label}
									meta={field.meta[language]}
									label={t("offerAdmin.translations.field", { field: field.label, language: language.toUpperCase() })}
								/>
							),
						)}
					</fieldset>
				))}
			</div>
		</details>
	);
}
