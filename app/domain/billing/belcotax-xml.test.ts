import { describe, expect, it } from "vitest";
import { belcotaxXml } from "./belcotax-xml.ts";

const sender = {
	name: "ASBL Les Petits Loups",
	street: "Rue Haute 12",
	postalCode: "4830",
	locality: "Limbourg",
	companyNumber: "0403170701",
	contactName: "Anne Admin",
	email: "admin@example.be",
	phone: "+3287123456",
	language: "fr",
};

const certificate = {
	reference: "2025/0001",
	debtor: {
		firstName: "Léa",
		lastName: "Forius",
		nationalNumber: "85073003328",
		street: "Rue Haute 12",
		postalCode: "4830",
		locality: "Limbourg",
		country: "BE",
	},
	child: {
		firstName: "Nino",
		lastName: "Forius",
		birthDate: "2018-03-04",
		nationalNumber: null,
		street: "Rue Haute 12",
		postalCode: "4830",
		locality: "Limbourg",
		country: "BE",
	},
	authority: { kind: "one" as const, name: "", number: "" },
	periods: [
		{ from: "2025-07-07", to: "2025-07-11", days: 5, dailyTariffCents: 1700, amountCents: 8500 },
		{ from: "2025-08-04", to: "2025-08-08", days: 5, dailyTariffCents: 1500, amountCents: 7500 },
	],
};

describe("belcotaxXml", () => {
	const xml = belcotaxXml({
		incomeYear: 2025,
		createdOn: "2026-02-10",
		sender,
		certificates: [certificate, certificate],
	});

	it("writes each period with its dates as DD-MM-YYYY and amounts in cents", () => {
		expect(xml).toContain("<f86_2055_begindate1>07-07-2025</f86_2055_begindate1>");
		expect(xml).toContain("<f86_2060_amount1>8500</f86_2060_amount1>");
		expect(xml).toContain("<f86_2111_dailytariff1>1700</f86_2111_dailytariff1>");
		expect(xml).toContain("<f86_2144_enddate2>08-08-2025</f86_2144_enddate2>");
		expect(xml).toContain("<f86_2064_totalamount>16000</f86_2064_totalamount>");
	});

	it("adds up the control totals of the declaration and the sending", () => {
		expect(xml).toContain("<r8010_aantalrecords>4</r8010_aantalrecords>");
		expect(xml).toContain("<r8011_controletotaal>3</r8011_controletotaal>");
		expect(xml).toContain("<r8012_controletotaal>64000</r8012_controletotaal>");
		expect(xml).toContain("<r9013_controletotaal>64000</r9013_controletotaal>");
	});

	it("writes the fields of a fiche in the order of their numbers", () => {
		const fiche = xml.slice(xml.indexOf("<Fiche28186>"), xml.indexOf("</Fiche28186>"));
		const numbers = [...fiche.matchAll(/<f86_(\d+)_/g)].map((match) => Number(match[1]));
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
	});

	it("writes the debtor's national number as f2011, between the reference and the name", () => {
		const fiche = xml.slice(xml.indexOf("<Fiche28186>"), xml.indexOf("</Fiche28186>"));
		expect(fiche).toContain("<f2011_nationaalnr>85073003328</f2011_nationaalnr>");
		expect(fiche.indexOf("<f2010_referentie>")).toBeLessThan(fiche.indexOf("<f2011_nationaalnr>"));
		expect(fiche.indexOf("<f2011_nationaalnr>")).toBeLessThan(fiche.indexOf("<f2013_naam>"));
	});

	it("leaves f2011 out when the debtor gave no national number, and still writes the child's", () => {
		const without = belcotaxXml({
			incomeYear: 2025,
			createdOn: "2026-02-10",
			sender,
			certificates: [
				{
					...certificate,
					debtor: { ...certificate.debtor, nationalNumber: null },
					child: { ...certificate.child, nationalNumber: "18030400116" },
				},
			],
		});
		expect(without).not.toContain("f2011_nationaalnr");
		expect(without).toContain("<f86_2153_nnchild>18030400116</f86_2153_nnchild>");
		expect(without).toContain("<f2013_naam>Forius</f2013_naam>");
	});

	it("escapes what the names contain", () => {
		const odd = belcotaxXml({
			incomeYear: 2025,
			createdOn: "2026-02-10",
			sender: { ...sender, name: "Crèche <Les Loups> & Co" },
			certificates: [],
		});
		expect(odd).toContain("Crèche &lt;Les Loups&gt; &amp; Co");
	});
});
