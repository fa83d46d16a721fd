import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { rememberingT } from "./i18n.tsx";

describe("rememberingT", () => {
	const instance = () => {
		const i18n = createInstance({
			resources: { fr: { translation: { hello: "Bonjour", named: "Bonjour {{name}}" } } },
			lng: "fr",
			fallbackLng: "fr",
			interpolation: { escapeValue: false },
			initAsync: false,
		});
		void i18n.init();
		return i18n;
	};

	it("translates a key alone as i18next does, and values and options through i18next each time", () => {
		const i18n = instance();
		const t = rememberingT(i18n);
		expect(t("hello" as never)).toBe("Bonjour");
		expect(t("hello" as never)).toBe("Bonjour");
		expect(t("named" as never, { name: "Zoé" } as never)).toBe("Bonjour Zoé");
		expect(t("named" as never, { name: "Léo" } as never)).toBe("Bonjour Léo");
	});

	it("forgets when the instance gains strings: a scope loaded later in the browser is seen", () => {
		const i18n = instance();
		const t = rememberingT(i18n);
		expect(t("camps.title" as never)).toBe("camps.title");
		i18n.addResourceBundle("fr", "translation", { camps: { title: "Stages" } }, true, true);
		expect(t("camps.title" as never)).toBe("Stages");
		i18n.addResource("fr", "translation", "hello", "Salut");
		expect(t("hello" as never)).toBe("Salut");
	});
});
