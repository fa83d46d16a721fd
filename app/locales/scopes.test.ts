import { describe, expect, it } from "vitest";
import { fr } from "./fr.ts";
import {
	parseTranslationsUrl,
	pickScopes,
	scopesFromPath,
	scopesOfMatches,
	scopesToPath,
	translationsUrl,
} from "./scopes.ts";

describe("translation scopes", () => {
	it("collect the matched routes' scopes, sorted, without those an ancestor scope holds", () => {
		const matches = [
			{ handle: { translations: ["nav", "app"] } },
			{ handle: undefined },
			{ handle: { translations: ["families.dossier", "camps.card"] } },
			{ handle: { translations: ["families", "camps.card"] } },
		];
		expect(scopesOfMatches(matches)).toEqual(["app", "camps.card", "families", "nav"]);
	});

	it("pick nested subtrees and leaves of the catalogue, leaving unknown scopes out", () => {
		const picked = pickScopes(fr, ["camps.card", "families.dossier.back", "nav.child.camps", "nope.nothing"]);
		expect(picked).toEqual({
			camps: { card: fr.camps.card },
			families: { dossier: { back: fr.families.dossier.back } },
			nav: { child: { camps: "Stages" } },
		});
	});

	it("travel in a URL segment and refuse anything but dotted names", () => {
		expect(scopesFromPath(scopesToPath(["camps.card", "offers"]))).toEqual(["camps.card", "offers"]);
		expect(scopesFromPath("camps/../x")).toBeNull();
		expect(scopesFromPath("__proto__.x,")).toBeNull();
		expect(scopesFromPath("%E0%A4%A")).toBeNull();
	});

	it("name a set of scopes in one language by an address that says all three parts", () => {
		const url = translationsUrl("f9b4dac024b4", "nl", ["app", "camps.card", "nav"]);
		expect(url).toBe("/locales/f9b4dac024b4/nl/app,camps.card,nav");
		expect(parseTranslationsUrl(url)).toEqual({
			version: "f9b4dac024b4",
			language: "nl",
			scopes: ["app", "camps.card", "nav"],
		});
		for (const other of ["", "/locales/f9b4/nl", "/locales/f9b4/nl/nav/x", "/locales/xyz/nl/nav", "/x/f9b4/nl/nav"]) {
			expect(parseTranslationsUrl(other), other).toBeNull();
		}
	});
});
