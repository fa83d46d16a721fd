/** The languages of the interface, French first. Kept apart from the strings so client code
 * can import it without pulling every translation into the bundle. */
export const languages = ["fr", "nl", "de", "en"] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = "fr";

export function isLanguage(value: unknown): value is Language {
	return typeof value === "string" && (languages as readonly string[]).includes(value);
}
