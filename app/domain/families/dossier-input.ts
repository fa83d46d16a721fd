/**
 * The family forms' fields and rules, shared by the browser and the server. Dossier sections
 * save what is there: a missing mandatory field is a warning (« Veuillez compléter … »), not a
 * refusal, but a value that is present must be valid. Messages are i18n keys.
 */
import { z } from "zod";
import { consentKinds, contactRoles, sexes } from "#app/db/schema.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { languages } from "#app/locales/languages.ts";
import {
	isPostalCodeOf,
	pastDate,
	pastDateLimits,
	phoneNumber,
	text,
	whenParsed,
	yearsBefore,
} from "../form-fields.ts";
import {
	activityCategories,
	type ConsentField,
	consentField,
	livingArrangements,
	motherTongues,
	swimmingLevels,
	tetanusStates,
	yesNo,
} from "./dossier-choices.ts";
import { nameKey } from "./name-key.ts";
import { normalizeNationalNumber, parseNationalNumber } from "./national-number.ts";

const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional();
const requiredText = (max: number) => text().trim().min(1, "validation.required").max(max, "validation.tooLong");

/** A Belgian postal code is four digits (1000–9992); elsewhere letters, digits, spaces. */
function checkPostalCode(country: string | undefined, postalCode: string | undefined, ctx: z.RefinementCtx) {
	if (postalCode && !isPostalCodeOf(country, postalCode)) {
		ctx.addIssue({ code: "custom", path: ["postalCode"], message: "validation.postalCode" });
	}
}

/** Phone numbers: their number is checked, and stored as E.164, on the server (dossier-input.server.ts). */
const requiredPhone = text().pipe(phoneNumber());
const optionalPhone = phoneNumber().optional();

const country = z
	.string()
	.trim()
	.toUpperCase()
	.regex(/^[A-Z]{2}$/, "validation.country");

/**
 * An optional national register or BIS number: separators dropped, checked with its checksum
 * (`families.nationalNumber.format | checksum | date`), kept as its 11 digits.
 */
const optionalNationalNumber = z
	.string()
	.trim()
	.max(20, "families.nationalNumber.format")
	.transform((value, ctx) => {
		if (value === "") return undefined;
		const parsed = parseNationalNumber(value);
		if (parsed.ok) return parsed.digits;
		ctx.issues.push({ code: "custom", input: value, message: `families.nationalNumber.${parsed.reason}` });
		return z.NEVER;
	})
	.optional();

/** « Mes données ». The national number is asked for the tax certificate 281.86 (decision 035). */
export const parentProfileSchema = z
	.object({
		lastName: requiredText(80),
		firstName: requiredText(80),
		motherTongue: z.enum(motherTongues, "validation.choose").optional(),
		street: requiredText(120),
		houseNumber: requiredText(12),
		postalCode: requiredText(10),
		locality: requiredText(80),
		country: country.default("BE"),
		mobilePhone: requiredPhone,
		activityCategory: z.enum(activityCategories, "validation.choose").optional(),
		nationalNumber: optionalNationalNumber,
	})
	.superRefine(
		(value, ctx) => checkPostalCode(value.country, value.postalCode, ctx),
		whenParsed("country", "postalCode"),
	);
export type ParentProfileInput = z.input<typeof parentProfileSchema>;

const groupCode = requiredText(40);

/** « Ajouter mon enfant sur base d'un code ». */
export const addChildByCodeSchema = z.object({
	groupCode,
	childCode: requiredText(40),
});

/** « Créer un nouveau dossier pour mon enfant ». */
export const createDossierSchema = z.object({
	groupCode,
	lastName: requiredText(80),
	firstName: optionalText(80),
});

/** « Données générales ». Birth date and sex must agree with the national number. */
export const generalDataSchema = z
	.object({
		firstName: optionalText(80),
		lastName: requiredText(80),
		nationalNumber: z
			.string()
			.trim()
			.max(20, "families.nationalNumber.format")
			.transform(normalizeNationalNumber)
			.optional(),
		birthDate: pastDate(pastDateLimits.birthDate).optional(),
		sex: z.enum(sexes, "validation.choose").optional(),
		street: optionalText(120),
		houseNumber: optionalText(12),
		postalCode: optionalText(10),
		locality: optionalText(80),
		country: country.default("BE"),
		language: z.enum(languages, "validation.choose").optional(),
	})
	.superRefine(
		(value, ctx) => checkPostalCode(value.country, value.postalCode, ctx),
		whenParsed("country", "postalCode"),
	)
	.superRefine(
		(value, ctx) => {
			if (!value.nationalNumber) return;
			const parsed = parseNationalNumber(value.nationalNumber);
			if (!parsed.ok) {
				ctx.addIssue({ code: "custom", path: ["nationalNumber"], message: `families.nationalNumber.${parsed.reason}` });
				return;
			}
			const earliestBirth = yearsBefore(dateInBrussels(), pastDateLimits.birthDate);
			if (parsed.birthDate && parsed.birthDate < earliestBirth) {
				ctx.addIssue({ code: "custom", path: ["nationalNumber"], message: "families.nationalNumber.tooOld" });
				return;
			}
			if (value.birthDate && parsed.birthDate && value.birthDate !== parsed.birthDate) {
				ctx.addIssue({ code: "custom", path: ["birthDate"], message: "families.nationalNumber.birthDateMismatch" });
			}
			if (value.sex && parsed.sex && value.sex !== "X" && value.sex !== parsed.sex) {
				ctx.addIssue({ code: "custom", path: ["sex"], message: "families.nationalNumber.sexMismatch" });
			}
		},
		whenParsed("nationalNumber", "birthDate", "sex"),
	)
	.transform((value) => {
		if (!value.nationalNumber) return value;
		const parsed = parseNationalNumber(value.nationalNumber);
		if (!parsed.ok) return value;
		return {
			...value,
			nationalNumber: parsed.digits,
			birthDate: value.birthDate ?? parsed.birthDate ?? undefined,
			sex: value.sex ?? parsed.sex ?? undefined,
		};
	});
export type GeneralDataInput = z.input<typeof generalDataSchema>;

const consentAnswer = z.enum(yesNo, "validation.choose").optional();

/** « Données supplémentaires ». */
export const supplementaryDataSchema = z.object({
	school: optionalText(120),
	schoolClass: optionalText(40),
	livesWith: z.enum(livingArrangements, "validation.choose").optional(),
	livesWithDetails: optionalText(500),
	mutuality: optionalText(120),
	...(Object.fromEntries(consentKinds.map((kind) => [consentField(kind), consentAnswer])) as Record<
		ConsentField,
		typeof consentAnswer
	>),
});
export type SupplementaryDataInput = z.input<typeof supplementaryDataSchema>;

/** « Données médicales » (fiche santé), without the allergy and medication lists. */
export const medicalDataSchema = z.object({
	doctorName: optionalText(120),
	doctorPhone: optionalPhone,
	tetanus: z.enum(tetanusStates, "validation.choose").optional(),
	tetanusLastBooster: pastDate(pastDateLimits.vaccination).optional(),
	/** « Oui » needs at least one allergy listed, or the section stays incomplete. */
	hasAllergies: z.enum(yesNo, "validation.choose").optional(),
	/** Medication during activities; « Oui » needs at least one medication listed. */
	takesMedication: z.enum(yesNo, "validation.choose").optional(),
	diet: optionalText(500),
	chronicConditions: optionalText(1000),
	chronicConditionsCare: optionalText(1000),
	swimming: z.enum(swimmingLevels, "validation.choose").optional(),
	otherInformation: optionalText(2000),
	/** The guardian confirms the sheet is accurate and up to date. */
	confirm: z.literal("on").optional(),
});
export type MedicalDataInput = z.input<typeof medicalDataSchema>;

export const allergySchema = z.object({
	allergen: requiredText(120),
	reactions: requiredText(500),
	whatToDo: requiredText(1000),
});
export type AllergyInput = z.input<typeof allergySchema>;

export const medicationSchema = z.object({
	name: requiredText(120),
	dose: requiredText(120),
	times: requiredText(200),
	selfAdministered: z.literal("on").optional(),
});
export type MedicationInput = z.input<typeof medicationSchema>;

/** A contact: who may pick the child up, whom to call, or who may NOT pick the child up. */
export const contactSchema = z.object({
	name: requiredText(120),
	relation: requiredText(60),
	phone: requiredPhone,
	phoneAlt: optionalPhone,
	role: z.enum(contactRoles, "validation.choose"),
	notes: optionalText(500),
});
export type ContactInput = z.input<typeof contactSchema>;

/** Whether a new dossier names a child already known in the group (see nameKey). */
export function sameChildName(
	a: { lastName: string; firstName?: string | null },
	b: { lastName: string; firstName?: string | null },
) {
	return nameKey(a.lastName, a.firstName) === nameKey(b.lastName, b.firstName);
}
