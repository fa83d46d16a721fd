import type { Database } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import type { StaffAccess } from "../groups/permissions.ts";
import { pageOf } from "../list-page.ts";
import {
	byChild,
	listAllergiesOf,
	listAttendees,
	listEmergencyContactsOf,
	listGuardiansOf,
	listMedicationsOf,
	listNotAllowedOf,
} from "./attendance.repository.server.ts";
import { offerDays } from "./offer-dates.ts";
import { findOfferForStaff } from "./offers.repository.server.ts";
import { registersByDay } from "./register-child.server.ts";

/**
 * The attendance list of a camp or an activity for animators: each accepted child with their
 * allergies, medications, guardians' phones, emergency contacts, and the people NOT allowed to
 * pick them up. It shows medical data, so every view is written to the audit log. An activity
 * registered day by day has one list per day.
 */
export async function readAttendanceList(options: {
	db: Database;
	/** Any staff member who sees the offer's house (readers included). */
	actor: Actor & { access: StaffAccess };
	offerId: string;
	/**
	 * For an activity registered day by day (decision 023), the day whose list is asked for;
	 * absent or not one of its dates: the first that has not passed (else the last).
	 */
	day?: string;
	/** One page (from 1) of `listPageSize` children, in name order; absent: the whole list. */
	page?: number;
}) {
	const { db, actor } = options;
	const offer = await findOfferForStaff(db, actor.access, options.offerId);
	if (!offer) throw new AppError("NOT_FOUND");
	const days = registersByDay(offer) ? [...new Set(offerDays(offer))] : [];
	const today = dateInBrussels();
	const day =
		days.length === 0
			? null
			: options.day && days.includes(options.day)
				? options.day
				: (days.find((candidate) => candidate >= today) ?? days.at(-1) ?? null);
	const read = await listAttendees(db, offer.id, day ?? undefined, options.page);
	const { rows: attendees, hasMore } = options.page ? pageOf(read, options.page) : { rows: read, hasMore: false };
	const childIds = attendees.map((attendee) => attendee.child_id);
	await recordAuditEvent(db, {
		actorUserId: actor.userId,
		groupId: actor.access.groupId,
		action: "offer.attendance.viewed",
		targetType: "offer",
		targetId: offer.id,
		ipAddress: actor.ipAddress,
		details: { children: childIds.length, ...(day ? { day } : {}) },
	});
	const [allergies, medications, notAllowed, guardians, emergency] = await Promise.all([
		listAllergiesOf(db, childIds).then(byChild),
		listMedicationsOf(db, childIds).then(byChild),
		listNotAllowedOf(db, childIds).then(byChild),
		listGuardiansOf(db, childIds).then(byChild),
		listEmergencyContactsOf(db, childIds).then(byChild),
	]);
	return {
		offer,
		/** The day shown and the days to choose from (activities registered day by day only). */
		day,
		days,
		/** Whether another page follows (only when `page` was given). */
		hasMore,
		attendees: attendees.map((attendee) => ({
			...attendee,
			allergies: allergies.get(attendee.child_id) ?? [],
			medications: medications.get(attendee.child_id) ?? [],
			notAllowed: notAllowed.get(attendee.child_id) ?? [],
			guardians: guardians.get(attendee.child_id) ?? [],
			emergencyContacts: emergency.get(attendee.child_id) ?? [],
		})),
	};
}
