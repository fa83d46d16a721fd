import { describe, expect, it } from "vitest";
import { languages } from "#app/locales/languages.ts";
import { pageCount, pdfText, squash, squashedPdfText } from "#tests/support/pdf-text.ts";
import { type ChildCodeLetterInput, childCodeLetterText, renderChildCodeLetter } from "./child-code-letter.server.ts";
import { renderPdf, textRuns } from "./pdf.server.ts";

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
		const printed = squashedPdfText(await renderChildCodeLetter({ ...input, language }));
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
			text.issuedOn.replace("{{date}}", language === "de" ? "01.09.2026" : "01/09/2026"),
		];
		for (const fragment of expected) expect(printed).toContain(squash(fragment));
	});

	it("stays on one page with long names and no contact details", async () => {
		const pdf = await renderChildCodeLetter({
			...input,
			language: "de",
			groupName: "Gemeinde Bütgenbach – Außerschulische Betreuung und Ferienzentren der Deutschsprachigen Gemeinschaft",
			groupCode: "ABCDEFGHJKMNPQRSTUVW",
			groupPhone: null,
			groupEmail: null,
			childFirstName: null,
			childLastName: "Vanderstraeten d'Oultremont de Wégimont de Hemricourt",
			portalUrl: "https://ribambelle.example.be/gruppen/gemeinde-buetgenbach-ausserschulische-betreuung/anmelden",
		});
		expectWellFormedPdf(pdf);
		const printed = squashedPdfText(pdf);
		expect(printed).toContain(squash("Kind: Vanderstraeten d'Oultremont de Wégimont de Hemricourt"));
		expect(printed).toContain(squash("Wenden Sie sich an Gemeinde Bütgenbach"));
		expect(printed).not.toContain(squash(childCodeLetterText("de").phoneLabel));
	});

	it.each([
		["Şahin-Yılmaz", "Ayşe"],
		["Łukasiewicz", "Łukasz"],
		["Петрова", "Анна"],
		["Παπαδόπουλος", "Νίκος"],
		["حداد", "ليلى"],
		["Strauß", "Zoë"],
	])("prints the name %s %s as it is written, in a file that stays small", async (lastName, firstName) => {
		const pdf = await renderChildCodeLetter({ ...input, childFirstName: firstName, childLastName: lastName });
		expect(pdfText(pdf)).toContain(`${firstName} ${lastName}`);
		// Two subsets of Noto Sans (regular and bold), and of Noto Sans Arabic for Arabic names.
		expect(pdf.length).toBeLessThan(60_000);
	});

	it.each(languages)("dates the letter as %s writes dates", async (language) => {
		const printed = pdfText(await renderChildCodeLetter({ ...input, language, issuedOn: "2026-11-30" }));
		const expected = { fr: "30/11/2026", nl: "30/11/2026", de: "30.11.2026", en: "30/11/2026" }[language];
		expect(printed).toContain(childCodeLetterText(language).issuedOn.replace("{{date}}", expected));
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

describe("textRuns", () => {
	it("keeps a left-to-right line whole, arrows as dashes", () => {
		expect(textRuns("Şahin-Yılmaz → Νίκος")).toEqual([{ text: "Şahin-Yılmaz – Νίκος", arabic: false }]);
	});

	it("puts Arabic words in display order, each in logical order for shaping", () => {
		// « ليلى حداد (dossier 2) »: the name reads right to left, so « حداد » is drawn first.
		expect(textRuns("ليلى حداد (dossier 2)")).toEqual([
			{ text: "حداد", arabic: true },
			{ text: " ", arabic: false },
			{ text: "ليلى", arabic: true },
			{ text: " (dossier 2)", arabic: false },
		]);
	});
});
