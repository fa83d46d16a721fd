import type { Selectable } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import type { OffersTable } from "#app/db/schema.ts";
import { isDossierComplete, missingDossierData, parseRequiredByGroup } from "../families/dossier-fields.ts";
import { type ChildRecord, loadDossierSnapshot } from "../families/families.repository.server.ts";
import { ageRangeOf, isAgeEligible } from "./age.ts";

export type IneligibilityReason = "notOpen" | "closed" | "incomplete" | "age" | "residents";

/** Whether registrations are open now: status open and between the opening and closing instants. */
export function registrationWindow(
	offer: Pick<Selectable<OffersTable>, "status" | "opens_at" | "closes_at">,
	at: Date,
) {
	if (offer.status !== "open") return offer.status === "closed" ? "closed" : "notOpen";
	const instant = at.toISOString();
	if (instant < offer.opens_at) return "notOpen";
	if (instant >= offer.closes_at) return "closed";
	return "open";
}

/**
 * Why a child may not register for an offer right now, or null when it may: the window, the
 * dossier's completeness (under the group's rules), the age on the first day, and the
 * reservation for residents of some postal codes.
 */
export async function checkEligibility(
	db: Database,
	options: { child: ChildRecord; offer: Selectable<OffersTable>; at: Date },
): Promise<IneligibilityReason | null> {
	const { child, offer, at } = options;
	const window = registrationWindow(offer, at);
	if (window !== "open") return window;
	const missing = missingDossierData(
		await loadDossierSnapshot(db, child.id),
		parseRequiredByGroup(child.group_mandatory_fields),
		at,
	);
	if (!isDossierComplete(missing) || !child.birth_date) return "incomplete";
	if (!isAgeEligible(child.birth_date, offer.first_day, ageRangeOf(offer))) return "age";
	const residents = JSON.parse(offer.resident_postal_codes) as string[];
	if (residents.length > 0 && !residents.includes(child.postal_code ?? "")) return "residents";
	return null;
}
