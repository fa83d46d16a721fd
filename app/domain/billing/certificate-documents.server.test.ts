import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { pageCount, squashedPdfText } from "#tests/support/pdf-text.ts";
import { renderMutualityCertificatePdf, renderTaxCertificatePdf } from "./certificate-documents.server.ts";
import type { MutualityCertificate, TaxCertificateDocument } from "./read-certificates.server.ts";

const certificate: TaxCertificateDocument = {
	id: "c1",
	groupId: "g1",
	childId: "k1",
	debtorUserId: "u1",
	incomeYear: 2025,
	number: 3,
	label: "2025/0003",
	totalDays: 19,
	totalCents: 28500,
	cappedTotalCents: 26950,
	issuedAt: "2026-01-20T08:00:00.000Z",
	cancelledAt: null,
	debtorName: "Léa Forius",
	childName: "Nino Forius",
	periods: [
		{ from: "2025-07-07", to: "2025-07-11", days: 5, dailyTariffCents: 1500, amountCents: 7500 },
		{ from: "2025-08-04", to: "2025-08-08", days: 5, dailyTariffCents: 2200, amountCents: 11000 },
		{ from: "2025-08-11", to: "2025-08-14", days: 4, dailyTariffCents: 1000, amountCents: 4000 },
		{ from: "2025-08-18", to: "2025-08-22", days: 5, dailyTariffCents: 1200, amountCents: 6000 },
	],
	dailyCapCents: 1690,
	capConfirmed: false,
	capped: true,
	language: "fr",
	child: {
		firstName: "Nino",
		lastName: "Forius",
		birthDate: "2018-03-04",
		nationalNumber: "18030412345",
		street: "Rue Haute 12",
		postalCode: "4830",
		locality: "Limbourg",
		country: "BE",
	},
	debtor: {
		firstName: "Léa",
		lastName: "Forius",
		nationalNumber: "85073003328",
		street: "Rue Haute 12",
		postalCode: "4830",
		locality: "Limbourg",
		country: "BE",
	},
	issuer: {
		groupName: "Plaine de Limbourg",
		legalName: "ASBL Les Petits Loups",
		street: "Place Saint-Georges 1",
		postalCode: "4830",
		locality: "Limbourg",
		companyNumber: "0403170701",
		authority: "one",
		authorityName: "",
		authorityNumber: "",
		recognition: "",
	},
};

describe("renderTaxCertificatePdf", () => {
	it("prints cadres I–III, every period, the total and the cap in the certificate's language", async () => {
		const pdf = await renderTaxCertificatePdf(certificate);
		if (process.env.CERTIFICATE_PDF_OUT) writeFileSync(`${process.env.CERTIFICATE_PDF_OUT}/tax.pdf`, pdf);
		expect(pageCount(pdf)).toBe(1);
		const text = squashedPdfText(pdf);
		for (const expected of [
			"Attestation281.86",
			"N°d'ordre2025/0003",
			"CadreI",
			"Officedela",
			"CadreII",
			"0403.170.701",
			"CadreIII",
			"18.03.04-123.45",
			"Numéronationaldudébiteur85.07.30-033.28",
			"du07/07/2025au11/07/2025",
			"285,00",
			"269,50",
			"pasencoreconfirmé",
		])
			expect(text).toContain(expected);
	});

	it("leaves the debtor's national number out when the debtor gave none", async () => {
		const text = squashedPdfText(
			await renderTaxCertificatePdf({ ...certificate, debtor: { ...certificate.debtor, nationalNumber: null } }),
		);
		expect(text).not.toContain("dudébiteur85");
		expect(text).not.toContain("Numéronationaldudébiteur");
		expect(text).toContain("18.03.04-123.45");
	});

	it("says so on a certificate replaced by a corrected one", async () => {
		const text = squashedPdfText(
			await renderTaxCertificatePdf({ ...certificate, cancelledAt: "2026-02-03T10:00:00.000Z" }),
		);
		expect(text).toContain("ANNULÉEle03/02/2026");
	});

	it("speaks Dutch for a Dutch-speaking debtor", async () => {
		const text = squashedPdfText(await renderTaxCertificatePdf({ ...certificate, language: "nl" }));
		expect(text).toContain("VakI");
		expect(text).toContain("Volgnummer2025/0003");
	});
});

describe("renderMutualityCertificatePdf", () => {
	const mutuality: MutualityCertificate = {
		registrationId: "01JEXAMPLE0000000000000000",
		childId: "k1",
		offerTitle: "Stage nature",
		firstDay: "2025-07-07",
		lastDay: "2025-07-11",
		days: ["2025-07-07", "2025-07-08", "2025-07-09", "2025-07-10", "2025-07-11"],
		paidCents: 8500,
		paidOn: "2025-09-10",
		child: { firstName: "Nino", lastName: "Forius", birthDate: "2018-03-04" },
		organiser: {
			name: "ASBL Les Petits Loups",
			street: "Place Saint-Georges 1",
			postalCode: "4830",
			locality: "Limbourg",
			companyNumber: "0403170701",
			recognition: "Agréé par l'ONE (centre de vacances n° 1234)",
			signatureKey: null,
		},
		houseName: "Maison Une",
	};

	it("names the organiser, the child, the camp, its days and the payment, with room to sign", async () => {
		const pdf = await renderMutualityCertificatePdf(mutuality, "fr");
		if (process.env.CERTIFICATE_PDF_OUT) writeFileSync(`${process.env.CERTIFICATE_PDF_OUT}/mutuality.pdf`, pdf);
		expect(pageCount(pdf)).toBe(1);
		const text = squashedPdfText(pdf);
		for (const expected of [
			"Attestationdeparticipation",
			"Agrééparl'ONE",
			"04/03/2018",
			"Stagenature",
			"85,00",
			"10/09/2025",
			"cachet",
		])
			expect(text).toContain(expected);
		expect(imagesIn(pdf)).toBe(0);
	});

	it("prints the organiser's signature image in the box when one is set", async () => {
		const signature = await sharp({
			create: { width: 400, height: 120, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
		})
			.composite([
				{
					input: Buffer.from(
						'<svg width="400" height="120"><path d="M10 90 C 80 10, 160 110, 390 30" stroke="navy" stroke-width="6" fill="none"/></svg>',
					),
				},
			])
			.png()
			.toBuffer();
		const pdf = await renderMutualityCertificatePdf(mutuality, "fr", signature);
		expect(pageCount(pdf)).toBe(1);
		expect(imagesIn(pdf)).toBe(1);
	});
});

/** How many images a PDF embeds (poppler's pdfimages). */
function imagesIn(pdf: Buffer): number {
	const directory = mkdtempSync(path.join(tmpdir(), "certificate-"));
	const file = path.join(directory, "certificate.pdf");
	writeFileSync(file, pdf);
	// `-list` prints two heading lines, then one line per image (its soft mask counts as another).
	const lines = execFileSync("pdfimages", ["-list", file]).toString().trim().split("\n").slice(2);
	return lines.filter((line) => line.trim().split(/\s+/)[2] === "image").length;
}
