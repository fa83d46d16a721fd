import { describe, expect, it } from "vitest";
import { type DossierSnapshot, isDossierComplete, missingDossierData, parseRequiredByGroup } from "./dossier-fields.ts";

const complete: DossierSnapshot = {
	general: {
		lastName: "Dupont",
		firstName: "Zoé",
		birthDate: "2020-08-22",
		nationalNumber: "20082224684",
		sex: "F",
		street: "Rue Haute",
		houseNumber: "12",
		locality: "Limbourg",
		postalCode: "4830",
		country: "BE",
		language: null,
	},
	supplementary: {
		school: null,
		schoolClass: null,
		livesWith: null,
		mutuality: null,
		consentsAnswered: 0,
		consentsAsked: 3,
	},
	medical: {
		doctorName: null,
		doctorPhone: null,
		tetanus: null,
		hasAllergies: null,
		allergyCount: 0,
		takesMedication: null,
		medicationCount: 0,
		swimming: null,
		confirmedAt: null,
	},
	contacts: { roles: [] },
};
const now = new Date("2026-11-27T10:00:00Z");

describe("missingDossierData", () => {
	it("lists the guide's general fields, in the guide's order, for an empty dossier", () => {
		const empty: DossierSnapshot = {
			...complete,
			general: { ...complete.general, firstName: "", birthDate: null, nationalNumber: null, sex: null, street: " " },
		};
		expect(missingDossierData(empty, [], now).general).toEqual([
			"firstName",
			"birthDate",
			"nationalNumber",
			"sex",
			"street",
		]);
	});

	it("asks for optional fields only when the group requires them", () => {
		expect(isDossierComplete(missingDossierData(complete, [], now))).toBe(true);
		const missing = missingDossierData(complete, ["doctorName", "emergencyContact", "consents", "language"], now);
		expect(missing).toEqual({
			general: ["language"],
			supplementary: ["consents"],
			medical: ["doctorName"],
			contacts: ["emergencyContact"],
		});
		const filled = missingDossierData(
			{
				...complete,
				general: { ...complete.general, language: "fr" },
				supplementary: { ...complete.supplementary, consentsAnswered: 3 },
				medical: { ...complete.medical, doctorName: "Dr Lambert" },
				contacts: { roles: ["pickup", "emergency"] },
			},
			["doctorName", "emergencyContact", "consents", "language"],
			now,
		);
		expect(isDossierComplete(filled)).toBe(true);
	});

	it("treats « no allergies » as an answer and a health sheet confirmed over a year ago as stale", () => {
		const answered = {
			...complete,
			medical: { ...complete.medical, hasAllergies: false, confirmedAt: "2025-11-28T09:00:00Z" },
		};
		expect(missingDossierData(answered, ["allergiesAnswered", "medicalConfirmed"], now).medical).toEqual([]);
		const stale = { ...answered, medical: { ...answered.medical, confirmedAt: "2025-11-26T09:00:00Z" } };
		expect(missingDossierData(stale, ["medicalConfirmed"], now).medical).toEqual(["medicalConfirmed"]);
	});
});

describe("yes/no questions with a list", () => {
	const medical = (changes: Partial<DossierSnapshot["medical"]>) => ({
		...complete,
		medical: { ...complete.medical, ...changes },
	});

	it("counts « Oui » with an empty list as missing, whatever the group requires", () => {
		const missing = missingDossierData(medical({ hasAllergies: true, takesMedication: true }), [], now);
		expect(missing.medical).toEqual(["allergiesListed", "medicationsListed"]);
		expect(isDossierComplete(missing)).toBe(false);
	});

	it("is complete once each « Oui » has an entry, and « Non » needs none", () => {
		const listed = medical({ hasAllergies: true, allergyCount: 1, takesMedication: true, medicationCount: 2 });
		expect(isDossierComplete(missingDossierData(listed, [], now))).toBe(true);
		const answeredNo = medical({ hasAllergies: false, takesMedication: false });
		expect(missingDossierData(answeredNo, ["allergiesAnswered", "medicationsAnswered"], now).medical).toEqual([]);
	});

	it("asks whether the child takes medication when the group requires the answer", () => {
		expect(missingDossierData(complete, ["medicationsAnswered"], now).medical).toEqual(["medicationsAnswered"]);
	});
});

describe("parseRequiredByGroup", () => {
	it("keeps known keys only and survives bad JSON", () => {
		expect(parseRequiredByGroup('["doctorName","nope","language"]')).toEqual(["language", "doctorName"]);
		expect(parseRequiredByGroup("not json")).toEqual([]);
		expect(parseRequiredByGroup('{"a":1}')).toEqual([]);
	});
});
