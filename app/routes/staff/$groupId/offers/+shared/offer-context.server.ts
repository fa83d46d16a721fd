import { data, type RouterContextProvider } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { canEditHouse } from "#app/domain/groups/permissions.ts";
import { findOfferForStaff } from "#app/domain/offers/offers.repository.server.ts";
import { isId } from "#app/infra/ids.ts";
import { requireStaff } from "../../../+shared/staff-context.server.ts";

/**
 * The pages of one camp or activity start here: a member of the group who sees the offer's
 * house (a house manager's other houses are 404, like another group's offers), and whether
 * they may change it (readers may not).
 */
export async function requireStaffOffer(args: {
	request: Request;
	context: Readonly<RouterContextProvider>;
	params: { groupId?: string; offerId?: string };
}) {
	const staff = await requireStaff(args.request, args.context, args.params.groupId);
	const offer = isId(args.params.offerId)
		? await findOfferForStaff(getDb(), staff.access, args.params.offerId)
		: undefined;
	if (!offer) throw data(null, { status: 404 });
	return { staff, offer, canEdit: canEditHouse(staff.access, offer.house_id) };
}

/** For actions: members who only read get 403. */
export function requireOfferEditor(context: { canEdit: boolean }): void {
	if (!context.canEdit) throw data(null, { status: 403 });
}

/** What the header and tabs of an offer's pages show. */
export function offerHeading(offer: Awaited<ReturnType<typeof requireStaffOffer>>["offer"]) {
	return {
		id: offer.id,
		kind: offer.kind,
		title: offer.title,
		houseName: offer.house_name,
		status: offer.status,
		firstDay: offer.first_day,
		lastDay: offer.last_day,
		dates: offer.dates,
		startTime: offer.start_time,
		endTime: offer.end_time,
		capacity: offer.capacity,
		placesTaken: offer.places_taken,
		waitingListSize: offer.waiting_list_size,
		waitingCount: offer.waiting_count,
	};
}
export type OfferHeading = ReturnType<typeof offerHeading>;
