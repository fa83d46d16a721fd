import { describe, expect, it } from "vitest";
import { languages } from "#app/locales/languages.ts";
import { type ChildCodeLetterInput, childCodeLetterText, renderChildCodeLetter } from "./child-code-letter.server.ts";
import { renderPdf, toWinAnsi } from "./pdf.server.ts";

const input: ChildCodeLetterInput = {
	language: "fr",
	groupName: "Commune de Limbourg",
	groupCode: "LIMBOURG",
	groupPhone: "+3287112233",
	groupEmail: "accueil@limbourg.be",
	childFirstName: "Zoé",
	childLastName: "De Smet-Müller",
	childCode: "ABCDE-FGH23",
	portalUrl: "https://ribambelle.be/limbourg",
	issuedOn: "2026-09-01",
};

// WinAnsi is Latin-1 except for 0x80–0x9F (Node's TextDecoder reads those as Latin-1 controls).
const winAnsiHigh = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWinAnsi(hex: string): string {
	return [...Buffer.from(hex, "hex")]
		.map((byte) => (byte >= 0x80 && byte <= 0x9f ? winAnsiHigh[byte - 0x80] : String.fromCharCode(byte)))
		.join("");
}

/**
 * The text of an uncompressed PDF from pdfkit: the standard fonts write each line as a `TJ`
 * array of hex WinAnsi strings. Whitespace is dropped, since lines wrap where pdfkit decides.
 */
function squashedTextOf(pdf: Buffer): string {
	const arrays = [...pdf.toString("latin1").matchAll(/\[([^\]]*)\] TJ/g)];
	const fragments = arrays.flatMap(([, array = ""]) =>
		[...array.matchAll(/<([0-9a-f]*)>/g)].map(([, hex = ""]) => decodeWinAnsi(hex)),
	);
	return squash(fragments.join(""));
}

function squash(text: string): string {
	return text.replace(/\s+/g, "");
}

function pageCount(pdf: Buffer): number {
	return pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

// pdfkit writes metadata strings as (ASCII), or in UTF-16BE with a byte order mark.
function hasMetadataString(pdf: Buffer, value: string): boolean {
	const utf16 = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(value, "utf16le").swap16()]);
	return pdf.includes(`(${value})`) || pdf.includes(utf16);
}

function expectWellFormedPdf(pdf: Buffer) {
	expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
	expect(pdf.length).toBeGreaterThan(1024);
	expect(pdf.toString("latin1").trimEnd().endsWith("%%EOF")).toBe(true);
	expect(pageCount(pdf)).toBe(1);
}

describe("childCodeLetterText", () => {
	it.each(languages)("has every text in %s, none empty", (language) => {
		const text = childCodeLetterText(language);
		expect(Object.keys(text).sort()).toEqual(Object.keys(childCodeLetterText("fr")).sort());
		for (const [key, value] of Object.entries(text)) {
			const values: unknown[] = Array.isArray(value) ? value : [value];
			for (const item of values) {
				expect(typeof item, key).toBe("string");
				expect(String(item).trim(), key).not.toBe("");
			}
		}
		expect(text.steps).toHaveLength(5);
	});

	it.each(languages)("uses the same variables in %s as in French", (language) => {
		const variablesOf = (value: string | string[]) =>
			JSON.stringify(value)
				.match(/\{\{\w+\}\}/g)
				?.sort() ?? [];
		const french = childCodeLetterText("fr");
		for (const [key, value] of Object.entries(childCodeLetterText(language))) {
			expect(variablesOf(value), key).toEqual(variablesOf(french[key as keyof typeof french]));
		}
	});

	it.each(languages)("only uses characters the built-in fonts have, in %s", (language) => {
		const all = JSON.stringify(childCodeLetterText(language));
		expect(toWinAnsi(all)).toBe(all);
	});

	it("quotes the portal's labels in the letter's own language", () => {
		const labels = {
			fr: ["Mes enfants", "Ajouter ou créer le dossier de mon enfant", "Ajouter mon enfant sur base d'un code"],
			nl: ["Mijn kinderen", "Mijn kind toevoegen of een dossier aanmaken", "Mijn kind toevoegen met een code"],
			de: ["Meine Kinder", "Mein Kind hinzufügen oder eine Akte anlegen", "Mein Kind mit einem Code hinzufügen"],
			en: ["My children", "Add or create my child's file", "Add my child with a code"],
		};
		for (const language of languages) {
			const steps = childCodeLetterText(language).steps.join(" ");
			for (const label of labels[language]) expect(steps, language).toContain(label);
			if (language !== "fr") expect(steps, language).not.toContain("Mes enfants");
		}
	});
});

describe("renderChildCodeLetter", () => {
	it.each(languages)("renders a one-page PDF titled in %s", async (language) => {
		const pdf = await renderChildCodeLetter({ ...input, language });
		expectWellFormedPdf(pdf);
		expect(hasMetadataString(pdf, childCodeLetterText(language).title)).toBe(true);
		expect(hasMetadataString(pdf, "Ribambelle")).toBe(true);
	});

	it.each(languages)("prints the codes, the steps and the contact in %s", async (language) => {
		const text = childCodeLetterText(language);
		const printed = squashedTextOf(await renderChildCodeLetter({ ...input, language }, { compress: false }));
		const expected = [
			text.title,
			"Zoé De Smet-Müller",
			"LIMBOURG",
			"ABCDE-FGH23",
			text.groupCodeLabel,
			text.childCodeLabel,
			...text.steps.flatMap((step) => step.split("{{portalUrl}}")),
			"https://ribambelle.be/limbourg",
			text.safety,
			text.contactIntro.replace("{{groupName}}", "Commune de Limbourg"),
			`${text.phoneLabel} 087 11 22 33`,
			`${text.emailLabel} accueil@limbourg.be`,
			text.issuedOn.replace("{{date}}", "01/09/2026"),
		];
		for (const fragment of expected) expect(printed).toContain(squash(fragment));
	});

	it("stays on one page with long names and no contact details", async () => {
		const pdf = await renderChildCodeLetter(
			{
				...input,
				language: "de",
				groupName:
					"Gemeinde Bütgenbach – Außerschulische Betreuung und Ferienzentren der Deutschsprachigen Gemeinschaft",
				groupCode: "ABCDEFGHJKMNPQRSTUVW",
				groupPhone: null,
				groupEmail: null,
				childFirstName: null,
				childLastName: "Vanderstraeten d'Oultremont de Wégimont de Hemricourt",
				portalUrl: "https://ribambelle.example.be/gruppen/gemeinde-buetgenbach-ausserschulische-betreuung/anmelden",
			},
			{ compress: false },
		);
		expectWellFormedPdf(pdf);
		const printed = squashedTextOf(pdf);
		expect(printed).toContain(squash("Kind: Vanderstraeten d'Oultremont de Wégimont de Hemricourt"));
		expect(printed).toContain(squash("Wenden Sie sich an Gemeinde Bütgenbach"));
		expect(printed).not.toContain(squash(childCodeLetterText("de").phoneLabel));
	});

	it("prints names the built-in fonts cannot draw without their accents", async () => {
		const printed = squashedTextOf(
			await renderChildCodeLetter(
				{ ...input, childFirstName: "Ştefan", childLastName: "Łukasiewicz" },
				{ compress: false },
			),
		);
		expect(printed).toContain("StefanLukasiewicz");
	});

	it("refuses a date that is not YYYY-MM-DD", async () => {
		await expect(renderChildCodeLetter({ ...input, issuedOn: "01/09/2026" })).rejects.toThrow(/YYYY-MM-DD/);
	});
});

describe("renderPdf", () => {
	it("writes the title and author into the metadata", async () => {
		const pdf = await renderPdf((doc) => doc.text("Hello"), { title: "Plain title" });
		expect(hasMetadataString(pdf, "Plain title")).toBe(true);
		expect(hasMetadataString(pdf, "Ribambelle")).toBe(true);
	});

	it("rejects when drawing fails", async () => {
		await expect(
			renderPdf(() => {
				throw new Error("boom");
			}),
		).rejects.toThrow("boom");
	});
});

describe("toWinAnsi", () => {
	it("keeps Latin-1 and the typographic signs of WinAnsi", () => {
		const text = "Zoé Müller, Œuvre « déjà » – “quotes” ‘single’ „unten“ € ß Ÿ\u00A0!";
		expect(toWinAnsi(text)).toBe(text);
	});

	it.each([
		["Şahin", "Sahin"],
		["Ştefan Ţepeş", "Stefan Tepes"],
		["Łukasz Wałęsa", "Lukasz Walesa"],
		["Dvořák", "Dvorák"],
		["Erdős", "Erdös"],
		["Nguyễn", "Nguyen"],
		["Ame\u0301lie", "Amélie"],
		["Zoé\u202F!", "Zoé\u00A0!"],
		["a\tb", "a b"],
		["王", "?"],
		["😀", "?"],
	])("turns %j into %j", (input, output) => {
		expect(toWinAnsi(input)).toBe(output);
	});
});
