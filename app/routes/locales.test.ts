import { describe, expect, it } from "vitest";
import { catalogueVersion } from "#app/infra/i18n.server.ts";
import { nl } from "#app/locales/nl.ts";
import { loader } from "./locales.ts";

type Args = Parameters<typeof loader>[0];
const load = (params: { version: string; language: string; scopes: string }) => {
	try {
		return loader({ params } as unknown as Args);
	} catch (thrown) {
		return thrown as Response;
	}
};

describe("/locales/:version/:language/:scopes", () => {
	it("answers the scopes in the language, cached for good under the current version", async () => {
		const response = load({ version: catalogueVersion, language: "nl", scopes: "camps.card,families.dossier.back" });
		expect(response.status).toBe(200);
		expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
		expect(response.headers.get("Catalogue-Version")).toBe(catalogueVersion);
		expect(await response.json()).toEqual({
			camps: { card: nl.camps.card },
			families: { dossier: { back: nl.families.dossier.back } },
		});
	});

	it("answers an older version with today's strings, not cached", () => {
		const response = load({ version: "0", language: "fr", scopes: "nav" });
		expect(response.status).toBe(200);
		expect(response.headers.get("Cache-Control")).toBe("no-cache");
		expect(response.headers.get("Catalogue-Version")).toBe(catalogueVersion);
	});

	it("is a 404 for an unknown language or scope, or a scope list that is not names", () => {
		for (const params of [
			{ language: "xx", scopes: "nav" },
			{ language: "fr", scopes: "nav.nothing" },
			{ language: "fr", scopes: "constructor" },
			{ language: "fr", scopes: "nav,../x" },
		]) {
			expect(load({ version: catalogueVersion, ...params }).status, JSON.stringify(params)).toBe(404);
		}
	});
});
