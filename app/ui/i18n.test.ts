import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { REMEMBERED_PHRASES, rememberingT } from "./i18n.tsx";

describe("rememberingT", () => {
	const instance = () => {
		const i18n = createInstance({
			resources: {
				fr: {
					translation: {
						hello: "Bonjour",
						named: "Bonjour {{name}}",
						places_one: "{{count}} place",
						places_other: "{{count}} places",
						on: "Le {{day, datetime}}",
					},
				},
			},
			lng: "fr",
			fallbackLng: "fr",
			interpolation: { escapeValue: false },
			initAsync: false,
		});
		void i18n.init();
		return i18n;
	};

	it("translates a key alone as i18next does", () => {
		const i18n = instance();
		const t = rememberingT(i18n);
		expect(t("hello" as never)).toBe("Bonjour");
		expect(t("hello" as never)).toBe("Bonjour");
		expect(t("named" as never, { name: "Zoé" } as never)).toBe("Bonjour Zoé");
		expect(t("named" as never, { name: "Léo" } as never)).toBe("Bonjour Léo");
	});

	it("remembers a phrase per key and values, as i18next translates it, and sends the rest to i18next", () => {
		const i18n = instance();
		const calls: unknown[][] = [];
		const original = i18n.t.bind(i18n) as unknown as (...args: unknown[]) => unknown;
		i18n.t = ((...args: unknown[]) => {
			calls.push(args);
			return original(...args);
		}) as unknown as typeof i18n.t;
		const t = rememberingT(i18n);
		for (let round = 0; round < 3; round += 1) {
			expect(t("named" as never, { name: "Zoé" } as never)).toBe("Bonjour Zoé");
			expect(t("places" as never, { count: 1 } as never)).toBe("1 place");
			expect(t("places" as never, { count: 3 } as never)).toBe("3 places");
		}
		expect(calls).toHaveLength(3);
		// A Date (or any object among the values) goes to i18next every time.
		const day = new Date(Date.UTC(2026, 6, 1, 10));
		expect(t("on" as never, { day } as never)).toBe(original("on", { day }));
		expect(t("on" as never, { day } as never)).toBe(original("on", { day }));
		expect(calls).toHaveLength(5);
	});

	it("remembers a bounded number of phrases: past the bound it forgets and starts again", () => {
		const i18n = instance();
		const t = rememberingT(i18n);
		for (let index = 0; index <= REMEMBERED_PHRASES + 10; index += 1)
			expect(t("named" as never, { name: `Enfant ${index}` } as never)).toBe(`Bonjour Enfant ${index}`);
		expect(t("named" as never, { name: "Enfant 3" } as never)).toBe("Bonjour Enfant 3");
	});

	it("forgets when the instance gains strings: a scope loaded later in the browser is seen", () => {
		const i18n = instance();
		const t = rememberingT(i18n);
		expect(t("camps.title" as never)).toBe("camps.title");
		i18n.addResourceBundle("fr", "translation", { camps: { title: "Stages" } }, true, true);
		expect(t("camps.title" as never)).toBe("Stages");
		expect(t("named" as never, { name: "Zoé" } as never)).toBe("Bonjour Zoé");
		i18n.addResource("fr", "translation", "hello", "Salut");
		i18n.addResource("fr", "translation", "named", "Salut {{name}}");
		expect(t("hello" as never)).toBe("Salut");
		expect(t("named" as never, { name: "Zoé" } as never)).toBe("Salut Zoé");
	});
});
