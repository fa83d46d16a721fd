import type { Resource } from "i18next";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { fr } from "./fr.ts";
import { nl } from "./nl.ts";

export { defaultLanguage, isLanguage, type Language, languages } from "./languages.ts";

export const resources = {
	fr: { translation: fr },
	nl: { translation: nl },
	de: { translation: de },
	en: { translation: en },
} satisfies Resource;

declare module "i18next" {
	interface CustomTypeOptions {
		defaultNS: "translation";
		resources: { translation: typeof fr };
	}
}
