/**
 * The Belcotax-on-web file of a group's tax certificates 281.86 for one income year (« fiches
 * 281.86 », Opgave 325.86), built with xmlbuilder2. Element names, their order (by field number)
 * and the control totals follow SPF Finances' Belcotax-on-web technical documentation
 * (« Belcotax brochure », financien.belgium.be/nl/E-services/Belcotaxonweb/technische-documentatie)
 * as far as it could be read without the XSD: the file is not validated against the official
 * schema (decision 035). Amounts in cents, dates `DD-MM-YYYY`.
 */
import { create } from "xmlbuilder2";
import type { CertifyingAuthority } from "#app/db/schema.ts";
import type { Period } from "./tax-certificate-rules.ts";

export type BelcotaxSender = {
	name: string;
	street: string;
	postalCode: string;
	locality: string;
	/** BCE/KBO number, 10 digits. */
	companyNumber: string;
	contactName: string;
	email: string;
	phone: string;
	/** The sender's language: fr, nl or de (en is written as fr). */
	language: string;
};

export type BelcotaxCertificate = {
	/** Our order number (« 2025/0003 »), the fiche's reference. */
	reference: string;
	debtor: {
		firstName: string;
		lastName: string;
		/** Eleven digits (f2011); the field is left out when null. */
		nationalNumber: string | null;
		street: string;
		postalCode: string;
		locality: string;
		country: string;
	};
	child: {
		firstName: string;
		lastName: string;
		birthDate: string;
		nationalNumber: string | null;
		street: string;
		postalCode: string;
		locality: string;
		country: string;
	};
	authority: { kind: CertifyingAuthority; name: string; number: string };
	periods: Period[];
};

/** Belcotax language codes. */
const languageCodes: Record<string, number> = { nl: 1, fr: 2, de: 3 };
/** Belcotax's country code of Belgium (the NIS code of the country). */
const belgium = "00150";

/** « 07-07-2025 ». */
function belcotaxDate(date: string): string {
	const [year, month, day] = date.split("-");
	return `${day}-${month}-${year}`;
}

/**
 * Cadre I as Belcotax codes it (f86_2031): 1 for care recognised, subsidised or controlled by
 * ONE, Kind en Gezin (Opgroeien) or the German-speaking Community; 2 for care recognised,
 * subsidised or controlled by a local, community or regional public authority.
 */
function certificationCode(kind: CertifyingAuthority): number {
	return kind === "local_authority" || kind === "other" ? 2 : 1;
}

const periodFields = [
	{
		from: "f86_2055_begindate1",
		to: "f86_2056_enddate1",
		amount: "f86_2060_amount1",
		days: "f86_2110_numberofday1",
		tariff: "f86_2111_dailytariff1",
	},
	{
		from: "f86_2093_begindate2",
		to: "f86_2144_enddate2",
		amount: "f86_2061_amount2",
		days: "f86_2113_numberofday2",
		tariff: "f86_2115_dailytariff2",
	},
	{
		from: "f86_2157_begindate3",
		to: "f86_2158_enddate3",
		amount: "f86_2062_amount3",
		days: "f86_2116_numberofday3",
		tariff: "f86_2117_dailytariff3",
	},
	{
		from: "f86_2161_begindate4",
		to: "f86_2162_enddate4",
		amount: "f86_2063_amount4",
		days: "f86_2119_numberofday4",
		tariff: "f86_2120_dailytariff4",
	},
] as const;

/** The fields of one fiche, by field number (Belcotax wants them in that order). */
function ficheFields(
	certificate: BelcotaxCertificate,
	options: { incomeYear: number; companyNumber: string; sequence: number },
): { fields: [string, string | number][]; control: number } {
	const total = certificate.periods.reduce((sum, period) => sum + period.amountCents, 0);
	const { debtor, child, authority } = certificate;
	const withCertifier = certificationCode(authority.kind) === 2;
	const fields: [string, string | number][] = [
		["f2002_inkomstenjaar", options.incomeYear],
		["f2005_registratienummer", options.companyNumber],
		["f2008_typefiche", "28186"],
		["f2009_volgnummer", options.sequence],
		["f2010_referentie", certificate.reference],
		...(debtor.nationalNumber ? [["f2011_nationaalnr", debtor.nationalNumber] as [string, string]] : []),
		["f2013_naam", debtor.lastName],
		["f2015_adres", debtor.street],
		["f2016_postcodebelgisch", debtor.country === "BE" ? debtor.postalCode : ""],
		["f2017_gemeente", debtor.locality],
		["f2018_landwoonplaats", belgium],
		["f2028_typetraitement", 0],
		["f2029_enkelopgave325", 0],
		["f2114_voornamen", debtor.firstName],
		["f86_2031_certificationautorisation", certificationCode(authority.kind)],
	];
	const byNumber: [string, string | number][] = [];
	certificate.periods.forEach((period, index) => {
		const names = periodFields[index];
		if (!names) return;
		byNumber.push(
			[names.from, belcotaxDate(period.from)],
			[names.to, belcotaxDate(period.to)],
			[names.amount, period.amountCents],
			[names.days, period.days],
			[names.tariff, period.dailyTariffCents],
		);
	});
	// The fiche's control total: the amounts of its periods plus its total amount.
	const control = total * 2;
	byNumber.push(["f86_2059_totaalcontrole", control], ["f86_2064_totalamount", total]);
	if (withCertifier) {
		byNumber.push(["f86_2109_certifiercbenumber", authority.number], ["f86_2155_certifiername", authority.name]);
	}
	byNumber.push(
		["f86_2101_childcountry", belgium],
		["f86_2102_childaddress", child.street],
		["f86_2106_childname", child.lastName],
		["f86_2107_childfirstname", child.firstName],
		["f86_2139_childpostnr", child.postalCode],
		["f86_2140_childmunicipality", child.locality],
		["f86_2163_childbirthdate", belcotaxDate(child.birthDate)],
	);
	if (child.nationalNumber) byNumber.push(["f86_2153_nnchild", child.nationalNumber]);
	const number = (name: string) => Number(/^f86_(\d+)_/.exec(name)?.[1] ?? 0);
	byNumber.sort((a, b) => number(a[0]) - number(b[0]));
	return { fields: [...fields, ...byNumber], control };
}

/**
 * The XML text of one sending (« Verzending ») with one declaration (« Aangifte ») holding every
 * certificate given, in order. Control totals: r8010 the records of the declaration (fiches + 2),
 * r8011 the sum of the fiches' sequence numbers, r8012 the sum of their control totals; r9011
 * the records of the sending (fiches + 4), r9012 and r9013 repeat r8011 and r8012.
 */
export function belcotaxXml(options: {
	incomeYear: number;
	/** `YYYY-MM-DD`, in Brussels. */
	createdOn: string;
	sender: BelcotaxSender;
	certificates: BelcotaxCertificate[];
}): string {
	const { incomeYear, sender } = options;
	const language = languageCodes[sender.language] ?? 2;
	const root = create({ version: "1.0", encoding: "UTF-8", standalone: true }).ele("Verzendingen");
	const sending = root.ele("Verzending");
	const put = (parent: typeof sending, name: string, value: string | number) => {
		parent.ele(name).txt(String(value));
	};
	put(sending, "v0002_inkomstenjaar", incomeYear);
	put(sending, "v0010_bestandtype", "BELCOTAX");
	put(sending, "v0011_aanmaakdatum", belcotaxDate(options.createdOn));
	put(sending, "v0014_naam", sender.name);
	put(sending, "v0015_adres", sender.street);
	put(sending, "v0016_postcode", sender.postalCode);
	put(sending, "v0017_gemeente", sender.locality);
	put(sending, "v0018_telefoonnummer", sender.phone);
	put(sending, "v0021_contactpersoon", sender.contactName);
	put(sending, "v0022_taalcode", language);
	put(sending, "v0023_emailadres", sender.email);
	put(sending, "v0024_nationaalnr", sender.companyNumber);
	put(sending, "v0025_typeenvoi", 0);
	put(sending, "v0028_landwoonplaats", belgium);
	const declaration = sending.ele("Aangiften").ele("Aangifte");
	put(declaration, "a1002_inkomstenjaar", incomeYear);
	put(declaration, "a1005_registratienummer", sender.companyNumber);
	put(declaration, "a1011_naamnl1", sender.name.slice(0, 28));
	if (sender.name.length > 28) put(declaration, "a1012_naamnl2", sender.name.slice(28, 56));
	put(declaration, "a1013_adresnl", sender.street);
	put(declaration, "a1014_postcodebelgisch", sender.postalCode);
	put(declaration, "a1015_gemeente", sender.locality);
	put(declaration, "a1016_landwoonplaats", belgium);
	put(declaration, "a1020_taalcode", language);
	const list = declaration.ele("Opgaven").ele("Opgave32586");
	let sequences = 0;
	let controls = 0;
	options.certificates.forEach((certificate, index) => {
		const sequence = index + 1;
		const { fields, control } = ficheFields(certificate, {
			incomeYear,
			companyNumber: sender.companyNumber,
			sequence,
		});
		const fiche = list.ele("Fiche28186");
		for (const [name, value] of fields) put(fiche, name, value);
		sequences += sequence;
		controls += control;
	});
	const count = options.certificates.length;
	put(declaration, "r8002_inkomstenjaar", incomeYear);
	put(declaration, "r8005_registratienummer", sender.companyNumber);
	put(declaration, "r8010_aantalrecords", count + 2);
	put(declaration, "r8011_controletotaal", sequences);
	put(declaration, "r8012_controletotaal", controls);
	put(declaration, "r8013_totaalvoorheffingen", 0);
	put(sending, "r9002_inkomstenjaar", incomeYear);
	put(sending, "r9010_aantallogbestanden", 3);
	put(sending, "r9011_totaalaantalrecords", count + 4);
	put(sending, "r9012_controletotaal", sequences);
	put(sending, "r9013_controletotaal", controls);
	return root.end({ prettyPrint: true });
}
