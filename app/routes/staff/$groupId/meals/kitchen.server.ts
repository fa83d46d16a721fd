import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { isIsoDay } from "#app/domain/form-fields.ts";
import { houseScope } from "#app/domain/groups/permissions.ts";
import { readKitchenDay } from "#app/domain/meals/read-kitchen-day.server.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { isId } from "#app/infra/ids.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { throwAsErrorPage } from "#app/server/form-action.server.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";

/**
 * The houses a member may read the kitchen list of (theirs, or every house for a group admin)
 * that serve meals, and the house and day of the query (`?house=&day=`; the first house and
 * today when absent; a malformed value is ignored; 404 for a house outside that list).
 */
export async function kitchenChoice(args: {
	request: Request;
	context: Parameters<typeof requireStaff>[1];
	params: { groupId?: string };
}) {
	const staff = await requireStaff(args.request, args.context, args.params.groupId);
	const scope = houseScope(staff.access);
	let query = getDb()
		.selectFrom("houses")
		.select(["houses.id", "houses.name"])
		.distinct()
		.innerJoin("meal_offer_houses", "meal_offer_houses.house_id", "houses.id")
		.where("houses.group_id", "=", staff.group.id)
		.orderBy("houses.name");
	if (scope !== null) query = query.where("houses.id", "in", scope.length > 0 ? scope : [""]);
	const houses = await query.execute();
	const search = documentUrl(args.request).searchParams;
	const requestedHouse = search.get("house") ?? undefined;
	const requestedDay = search.get("day") ?? "";
	const requested = isId(requestedHouse) ? houses.find((candidate) => candidate.id === requestedHouse) : undefined;
	// A house named in the address but outside the member's houses (or serving no meals): not found.
	if (isId(requestedHouse) && !requested) throw data(null, { status: 404 });
	const house = requested ?? houses[0] ?? null;
	const day = isIsoDay(requestedDay) ? requestedDay : dateInBrussels();
	return { staff, houses, house, day };
}

/** The kitchen list of the chosen house and day, audited; 404 for a house outside the member's reach. */
export async function loadKitchenDay(
	choice: Awaited<ReturnType<typeof kitchenChoice>>,
	purpose: "view" | "print" | "csv",
) {
	if (!choice.house) throw data(null, { status: 404 });
	return readKitchenDay({
		db: getDb(),
		actor: choice.staff.actor,
		houseId: choice.house.id,
		day: choice.day,
		purpose,
	}).catch(throwAsErrorPage);
}
