import type { DossierSection } from "#app/db/schema.ts";

/**
 * The dossier fields whose absence blocks registration. Some are always required (the guide's
 * « Données générales » list); the others are optional unless the child's group requires them
 * (group settings). Each key has its warning « Veuillez compléter … » under
 * `dossier.missing.<key>` in the locales.
 */
export const alwaysRequiredFields = {
	general: [
		"lastName",
		"firstName",
		"birthDate",
		"nationalNumber",
		"sex",
		"street",
		"houseNumber",
		"locality",
		"postalCode",
		"country",
	],
	supplementary: [],
	// An answer « Oui » needs its list: whatever the group requires (decision 026).
	medical: ["allergiesListed", "medicationsListed"],
	contacts: [],
} as const satisfies Record<DossierSection, readonly string[]>;

/** Optional fields a group may require, by section, in the order the settings page lists them. */
export const groupRequirableFields = {
	general: ["language"],
	supplementary: ["school", "schoolClass", "livesWith", "mutuality", "consents"],
	medical: [
		"doctorName",
		"doctorPhone",
		"tetanus",
		"allergiesAnswered",
		"medicationsAnswered",
		"swimming",
		"medicalConfirmed",
	],
	contacts: ["emergencyContact", "pickupContact"],
} as const satisfies Record<DossierSection, readonly string[]>;

export type RequirableField = (typeof groupRequirableFields)[DossierSection][number];
export type RequiredField = (typeof alwaysRequiredFields)[DossierSection][number];
export type DossierField = RequiredField | RequirableField;

export const allRequirableFields: readonly RequirableField[] = Object.values(groupRequirableFields).flat();

/** A guardian confirms the health sheet at least this often when the group requires it. */
export const MEDICAL_CONFIRMATION_MONTHS = 12;

/** What the completeness rules need to know about a dossier, whatever its storage. */
export type DossierSnapshot = {
	general: {
		lastName: string | null;
		firstName: string | null;
		birthDate: string | null;
		nationalNumber: string | null;
		sex: string | null;
		street: string | null;
		houseNumber: string | null;
		locality: string | null;
		postalCode: string | null;
		country: string | null;
		language: string | null;
	};
	supplementary: {
		school: string | null;
		schoolClass: string | null;
		livesWith: string | null;
		mutuality: string | null;
		/** How many of the consent questions have an answer. */
		consentsAnswered: number;
		consentsAsked: number;
	};
	medical: {
		doctorName: string | null;
		doctorPhone: string | null;
		tetanus: string | null;
		hasAllergies: boolean | null;
		/** How many allergies the sheet lists. */
		allergyCount: number;
		takesMedication: boolean | null;
		/** How many medications the sheet lists. */
		medicationCount: number;
		swimming: string | null;
		confirmedAt: string | null;
	};
	contacts: { roles: string[] };
};

export type MissingData = Record<DossierSection, DossierField[]>;

function blank(value: string | null | undefined): boolean {
	return value === null || value === undefined || value.trim() === "";
}

/** Adds whole months to an instant (clamped to the month's last day). */
function addMonths(iso: string, months: number): Date {
	const date = new Date(iso);
	const day = date.getUTCDate();
	date.setUTCDate(1);
	date.setUTCMonth(date.getUTCMonth() + months);
	const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
	date.setUTCDate(Math.min(day, lastDay));
	return date;
}

const isMissing: Record<DossierField, (dossier: DossierSnapshot, now: Date) => boolean> = {
	lastName: (d) => blank(d.general.lastName),
	firstName: (d) => blank(d.general.firstName),
	birthDate: (d) => blank(d.general.birthDate),
	nationalNumber: (d) => blank(d.general.nationalNumber),
	sex: (d) => blank(d.general.sex),
	street: (d) => blank(d.general.street),
	houseNumber: (d) => blank(d.general.houseNumber),
	locality: (d) => blank(d.general.locality),
	postalCode: (d) => blank(d.general.postalCode),
	country: (d) => blank(d.general.country),
	language: (d) => blank(d.general.language),
	school: (d) => blank(d.supplementary.school),
	schoolClass: (d) => blank(d.supplementary.schoolClass),
	livesWith: (d) => blank(d.supplementary.livesWith),
	mutuality: (d) => blank(d.supplementary.mutuality),
	consents: (d) => d.supplementary.consentsAnswered < d.supplementary.consentsAsked,
	doctorName: (d) => blank(d.medical.doctorName),
	doctorPhone: (d) => blank(d.medical.doctorPhone),
	tetanus: (d) => blank(d.medical.tetanus),
	allergiesAnswered: (d) => d.medical.hasAllergies === null,
	allergiesListed: (d) => d.medical.hasAllergies === true && d.medical.allergyCount === 0,
	medicationsAnswered: (d) => d.medical.takesMedication === null,
	medicationsListed: (d) => d.medical.takesMedication === true && d.medical.medicationCount === 0,
	swimming: (d) => blank(d.medical.swimming),
	medicalConfirmed: (d, now) =>
		d.medical.confirmedAt === null || addMonths(d.medical.confirmedAt, MEDICAL_CONFIRMATION_MONTHS) < now,
	emergencyContact: (d) => !d.contacts.roles.includes("emergency"),
	pickupContact: (d) => !d.contacts.roles.includes("pickup"),
};

/** Keeps only the keys a group may require (settings arrive as stored JSON). */
export function parseRequiredByGroup(json: string): RequirableField[] {
	try {
		const value: unknown = JSON.parse(json);
		if (!Array.isArray(value)) return [];
		return allRequirableFields.filter((field) => value.includes(field));
	} catch {
		return [];
	}
}

/**
 * What is missing from a dossier, per section, in the order the warnings list it. A dossier
 * is complete — and the child may be registered — when every list is empty.
 */
export function missingDossierData(
	dossier: DossierSnapshot,
	requiredByGroup: readonly RequirableField[],
	now: Date,
): MissingData {
	const required = new Set<DossierField>(requiredByGroup);
	const result = {} as MissingData;
	for (const section of Object.keys(alwaysRequiredFields) as DossierSection[]) {
		const fields: DossierField[] = [
			...alwaysRequiredFields[section],
			...groupRequirableFields[section].filter((field) => required.has(field)),
		];
		result[section] = fields.filter((field) => isMissing[field](dossier, now));
	}
	return result;
}

export function isDossierComplete(missing: MissingData): boolean {
	return Object.values(missing).every((fields) => fields.length === 0);
}
