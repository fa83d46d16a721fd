import { countries } from "#app/domain/families/dossier-choices.ts";

/** The offered countries, named in the reader's language, plus the stored one if it is rare. */
export function countryOptions(language: string, current?: string | null) {
	const names = new Intl.DisplayNames([language], { type: "region" });
	const codes: string[] = [...countries];
	if (current && !codes.includes(current)) codes.push(current);
	return codes.map((code) => ({ value: code, label: names.of(code) ?? code }));
}
