import { describe, expect, it } from "vitest";
import { mailCatalogues } from "#app/infra/mail/render.server.ts";
import { elideFrench } from "./elision.ts";
import { resources } from "./index.ts";

function leaves(value: unknown): string[] {
	if (typeof value === "string") return [value];
	if (typeof value !== "object" || value === null) return [];
	return Object.values(value).flatMap(leaves);
}

describe("elideFrench", () => {
	it("elides before a vowel, and before a Y that is a vowel", () => {
		expect(elideFrench("La place de Alain est confirmée.")).toBe("La place d'Alain est confirmée.");
		expect(elideFrench("L'inscription de Émile et de Yves, et celle de Yasmine")).toBe(
			"L'inscription d'Émile et d'Yves, et celle de Yasmine",
		);
		expect(elideFrench("Plus que Anna ; le atelier")).toBe("Plus qu'Anna ; l'atelier");
		expect(elideFrench("De Inès")).toBe("D'Inès");
	});

	it("leaves consonants, H and words that only end like an article alone", () => {
		expect(elideFrench("La place de Lucas, de Hakim et de Hélène")).toBe("La place de Lucas, de Hakim et de Hélène");
		expect(elideFrench("Une garde alternée")).toBe("Une garde alternée");
		expect(elideFrench("le 05/07")).toBe("le 05/07");
	});

	it("changes no sentence of the French catalogues as written (they are elided by hand)", () => {
		for (const text of [...leaves(resources.fr.translation), ...leaves(mailCatalogues.fr)]) {
			expect(elideFrench(text)).toBe(text);
		}
	});
});
