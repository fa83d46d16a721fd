import { describe, expect, it } from "vitest";
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
		{ label: "Enfant", value: "Nino FORIUS (dossier n° 1)" },
		{ label: "Participation", value: "75,00\u202F€" },
		{ label: "Référence", value: "1D0E0-501EA" },
	],
	contactTitle: "Une question ? Contactez Plaine de vacances de Dolhain",
	contactLines: ["087/76.04.20"],
	footer: "Document délivré le 27/11/2026 — Ribambelle",
};

/** The text of an uncompressed pdfkit file: hex WinAnsi strings in `TJ` arrays, spaces dropped. */
function squashedTextOf(pdf: Buffer): string {
	const hex = [...pdf.toString("latin1").matchAll(/\[([^\]]*)\] TJ/g)].flatMap(([, array = ""]) =>
		[...array.matchAll(/<([0-9a-f]*)>/g)].map(([, value = ""]) => value),
	);
	return Buffer.from(hex.join(""), "hex").toString("latin1").replace(/\s+/g, "");
}

describe("renderRegistrationConfirmation", () => {
	it("is a one-page PDF with the title in its metadata", async () => {
		const pdf = await renderRegistrationConfirmation(input);
		expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
		expect(pdf.toString("latin1").trimEnd().endsWith("%%EOF")).toBe(true);
		expect(pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1);
	});

	it("prints every row, the contact and the footer, folding what the fonts cannot draw", async () => {
		const text = squashedTextOf(await renderRegistrationConfirmation(input, { compress: false }));
		for (const expected of [
			"Confirmationd'inscription",
			"STAGE",
			"NinoFORIUS(dossiern°1)",
			"Référence1D0E0-501EA",
			"087/76.04.20",
			"Documentdélivréle27/11/2026",
		]) {
			expect(text).toContain(expected);
		}
		// The arrow is not a WinAnsi character: it becomes "?" rather than a wrong glyph.
		expect(text).toContain("Sportetnature?Vesdre");
	});
});
