import { describe, expect, it } from "vitest";
import { pageCount, pdfText, squash, squashedPdfText } from "#tests/support/pdf-text.ts";
import {
	type RegistrationConfirmationInput,
	renderRegistrationConfirmation,
} from "./registration-confirmation.server.ts";

const input: RegistrationConfirmationInput = {
	languageTag: "fr-BE",
	title: "Confirmation d'inscription",
	groupName: "Ville de Limbourg",
	intro: "Ville de Limbourg confirme l'inscription de l'enfant ci-dessous.",
	kindLabel: "Stage",
	offerTitle: "Sport et nature → Vesdre",
	rows: [
		{ label: "Enfant", value: "Nino Forius (dossier n° 1)" },
		{ label: "Lieu", value: "Maison des Jeunes\nRue de la Gare 1, 4830 Limbourg" },
		{ label: "Participation", value: "75,00\u202F€" },
		{ label: "Référence", value: "1D0E0-501EA" },
	],
	contactTitle: "Une question ? Contactez Plaine de vacances de Dolhain",
	contactLines: ["087/76.04.20"],
	footer: "Document délivré le 27/11/2026 — Ribambelle",
};

describe("renderRegistrationConfirmation", () => {
	it("is a one-page PDF with the title in its metadata", async () => {
		const pdf = await renderRegistrationConfirmation(input);
		expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
		expect(pdf.toString("latin1").trimEnd().endsWith("%%EOF")).toBe(true);
		expect(pageCount(pdf)).toBe(1);
	});

	it("prints every row, the contact and the footer", async () => {
		const text = squashedPdfText(await renderRegistrationConfirmation(input));
		for (const expected of [
			"Confirmation d'inscription",
			"STAGE",
			"Nino Forius (dossier n° 1)",
			"Maison des Jeunes Rue de la Gare 1, 4830 Limbourg",
			"Référence 1D0E0-501EA",
			"75,00 €",
			"087/76.04.20",
			"Document délivré le 27/11/2026 — Ribambelle",
		]) {
			expect(text).toContain(squash(expected));
		}
		// Noto Sans has no arrow: a dash reads the same.
		expect(text).toContain(squash("Sport et nature – Vesdre"));
	});

	it("prints names in every script as they are written, in a small file", async () => {
		const names = ["Şahin-Yılmaz Ayşe", "Łukasz Wałęsa", "Анна Петрова", "Νίκος Παπαδόπουλος", "ليلى حداد"];
		const pdf = await renderRegistrationConfirmation({
			...input,
			groupName: "Ville de Limbourg – Łódź",
			offerTitle: "Стаж: Νίκος et ses amis",
			rows: names.map((name, index) => ({ label: `Enfant ${index + 1}`, value: `${name} (dossier n° ${index + 1})` })),
		});
		const text = pdfText(pdf);
		// pdftotext reads the Arabic name whole, but puts the neutral « ( » of a mixed line on its side.
		for (const name of names) expect(text).toContain(name);
		for (const name of names.slice(0, 4)) expect(text).toContain(`${name} (dossier n° `);
		expect(text).toContain("Ville de Limbourg – Łódź");
		expect(text).toContain("Стаж: Νίκος et ses amis");
		expect(pageCount(pdf)).toBe(1);
		// Subsets of Noto Sans regular and bold and of Noto Sans Arabic, not the 630 kB fonts.
		expect(pdf.length).toBeLessThan(100_000);
	});
});
