/**
 * The choices the family forms offer (mother tongues, countries, activity categories…) and the
 * consent field names: plain values, without zod, so pages import them without loading the
 * forms' schemas (those load on demand, decision 042). The rules are in dossier-input.ts.
 */
import type { consentKinds } from "#app/db/schema.ts";

export const motherTongues = ["fr", "nl", "de", "en", "it", "es", "pt", "pl", "ro", "tr", "ar", "other"] as const;
/** Countries offered first; any ISO code is accepted. */
export const countries = ["BE", "NL", "LU", "FR", "DE", "IT", "ES", "PT", "PL", "RO", "TR", "MA", "GB", "CH"] as const;
export const activityCategories = [
	"employee",
	"worker",
	"self_employed",
	"civil_servant",
	"job_seeker",
	"student",
	"home_parent",
	"retired",
	"other",
] as const;
export const livingArrangements = ["both_parents", "mother", "father", "alternating", "other"] as const;
export const tetanusStates = ["yes", "no", "unknown"] as const;
export const swimmingLevels = ["no", "with_aids", "yes"] as const;
export const yesNo = ["yes", "no"] as const;

export type ConsentField = `consent_${(typeof consentKinds)[number]}`;
export function consentField(kind: (typeof consentKinds)[number]): ConsentField {
	return `consent_${kind}`;
}
