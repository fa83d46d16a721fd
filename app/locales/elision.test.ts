import { describe, expect, it } from "vitest";
import { i18nFor } from "#app/infra/i18n.server.ts";
import { mailCatalogues } from "#app/infra/mail/render.server.ts";
import { childCodeLetterText } from "#app/infra/pdf/child-code-letter.server.ts";
import { elideFrench, finishSentence } from "./elision.ts";
import { resources } from "./index.ts";

/** Every string of a catalogue with its dotted key. */
function entries(value: unknown, path: string[] = []): [string, string][] {
	if (typeof value === "string") return [[path.join("."), value]];
	if (typeof value !== "object" || value === null) return [];
	return Object.entries(value).flatMap(([key, child]) => entries(child, [...path, key]));
}

const variablesOf = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] as string);

/** Names and titles that begin with a vowel sound, as families and staff type them. */
const vowelNames = ["Alain", "Émile", "Hélène", "Inès", "Yves", "Ursule", "Œdipe", "atelier cirque"];
/** An article left whole before one of those names: the fault this file exists for. */
const unelided = new RegExp(`(?:^|[^\\p{L}'’-])(?:de|que|le|la|De|Que|Le|La) (?:${vowelNames.join("|")})`, "u");

describe("elideFrench", () => {
	it("elides before a vowel, and before a Y that is a vowel", () => {
		expect(elideFrench("La place de Alain est confirmée.")).toBe("La place d'Alain est confirmée.");
		expect(elideFrench("L'inscription de Émile et de Yves, et celle de Yasmine")).toBe(
			"L'inscription d'Émile et d'Yves, et celle de Yasmine",
		);
		expect(elideFrench("Plus que Anna ; le atelier")).toBe("Plus qu'Anna ; l'atelier");
		expect(elideFrench("De Inès")).toBe("D'Inès");
		expect(elideFrench("« Le Œil de Ursule »")).toBe("« L'Œil d'Ursule »");
	});

	it("elides before the mute H of its list only", () => {
		expect(elideFrench("La place de Hélène, de Hugo et de Henri")).toBe("La place d'Hélène, d'Hugo et d'Henri");
		expect(elideFrench("le hiver, la heure")).toBe("l'hiver, l'heure");
		expect(elideFrench("La place de Hakim, de Hamza et le hamac")).toBe("La place de Hakim, de Hamza et le hamac");
		expect(elideFrench("de Hugolin")).toBe("de Hugolin");
	});

	it("leaves consonants, surname particles and words that only end like an article alone", () => {
		expect(elideFrench("La place de Lucas")).toBe("La place de Lucas");
		expect(elideFrench("Une garde alternée")).toBe("Une garde alternée");
		expect(elideFrench("le 05/07")).toBe("le 05/07");
		expect(elideFrench("La place de Marie De Angelis et de Paul Le Ouay")).toBe(
			"La place de Marie De Angelis et de Paul Le Ouay",
		);
	});

	it("changes no sentence of the French catalogues as written (they are elided by hand)", () => {
		for (const [, text] of [
			...entries(resources.fr.translation),
			...entries(mailCatalogues.fr),
			...entries(childCodeLetterText("fr")),
		]) {
			expect(elideFrench(text)).toBe(text);
		}
	});

	it("leaves other languages alone", () => {
		expect(finishSentence("nl", "de Alain")).toBe("de Alain");
		expect(finishSentence("fr", "de Alain")).toBe("d'Alain");
	});
});

describe("every French sentence that takes a value", () => {
	const pageKeys = entries(resources.fr.translation).filter(([, text]) => variablesOf(text).length > 0);

	it("elides before a vowel name on pages and PDFs (through t)", () => {
		const { t } = i18nFor("fr");
		expect(pageKeys.length).toBeGreaterThan(50);
		for (const name of vowelNames) {
			for (const [key, text] of pageKeys) {
				const values = Object.fromEntries(variablesOf(text).map((variable) => [variable, name]));
				const sentence = String((t as (key: string, values: object) => string)(key, values));
				expect(sentence, key).toContain(name);
				expect(sentence, `${key}: ${sentence}`).not.toMatch(unelided);
			}
		}
	});

	it("elides before a vowel name in mails and the child-code letter", () => {
		const texts = [...entries(mailCatalogues.fr), ...entries(childCodeLetterText("fr"))].filter(
			([, text]) => variablesOf(text).length > 0,
		);
		expect(texts.length).toBeGreaterThan(10);
		for (const name of vowelNames) {
			for (const [key, text] of texts) {
				const sentence = finishSentence("fr", text.replace(/\{\{\s*\w+\s*\}\}/g, name));
				expect(sentence, `${key}: ${sentence}`).not.toMatch(unelided);
			}
		}
	});

	it("shows « d'Alain » where the catalogue says « de {{childName}} »", () => {
		expect(i18nFor("fr").t("offers.mail.cancelled" as never, { childName: "Alain" })).toBe(
			"L'inscription d'Alain est annulée.",
		);
	});
});
