import type { Database } from "#app/db/db.server.ts";
import type { RegistrationStatus } from "#app/db/schema.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import type { StaffAccess } from "../groups/permissions.ts";
import {
	byChild,
	listAllergiesOf,
	listEmergencyContactsOf,
	listGuardiansOf,
	listMedicationsOf,
	listNotAllowedOf,
} from "./attendance.repository.server.ts";
import { findOfferForStaff, listRegistrationsOfOffer, waitingPositions } from "./offers.repository.server.ts";

/**
 * The registrations of an offer for a spreadsheet (CSV or XLSX), with waiting-list positions,
 * the guardians' contact details, emergency contacts, the people NOT allowed to pick the child
 * up, allergies and medications (what animators see, decision 013), and the price due in
 * integer cents (the offer's, plus extended care when chosen). Personal data leaves the portal:
 * each export is audited.
 */
export async function exportRegistrations(options: {
	db: Database;
	/** Any staff member who sees the offer's house (readers included). */
	actor: Actor & { access: StaffAccess };
	offerId: string;
	format: "csv" | "xlsx";
	/** Only registrations in this state. */
	status?: RegistrationStatus;
}) {
	const { db, actor } = options;
	const offer = await findOfferForStaff(db, actor.access, options.offerId);
	if (!offer) throw new AppError("NOT_FOUND");
	const registrations = await listRegistrationsOfOffer(db, offer.id, { status: options.status });
	await recordAuditEvent(db, {
		actorUserId: actor.userId,
		groupId: actor.access.groupId,
		action: "offer.registrations.exported",
		targetType: "offer",
		targetId: offer.id,
		ipAddress: actor.ipAddress,
		details: { format: options.format, status: options.status ?? null, rows: registrations.length },
	});
	const childIds = registrations.map((registration) => registration.child_id);
	const [positions, guardians, emergency, notAllowed, allergies, medications] = await Promise.all([
		waitingPositions(db, [offer.id]),
		listGuardiansOf(db, childIds).then(byChild),
		listEmergencyContactsOf(db, childIds).then(byChild),
		listNotAllowedOf(db, childIds).then(byChild),
		listAllergiesOf(db, childIds).then(byChild),
		listMedicationsOf(db, childIds).then(byChild),
	]);
	return {
		offer,
		registrations: registrations.map((registration) => ({
			...registration,
			position: positions.get(registration.id) ?? null,
			guardians: guardians.get(registration.child_id) ?? [],
			emergencyContacts: emergency.get(registration.child_id) ?? [],
			notAllowed: notAllowed.get(registration.child_id) ?? [],
			allergies: allergies.get(registration.child_id) ?? [],
			medications: medications.get(registration.child_id) ?? [],
			/** Offer price, plus extended care when chosen and offered. */
			careCents: registration.with_care ? (offer.care_price_cents ?? 0) : 0,
			priceCents: offer.price_cents + (registration.with_care ? (offer.care_price_cents ?? 0) : 0),
		})),
	};
}
