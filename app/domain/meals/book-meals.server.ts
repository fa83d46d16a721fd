import { type Database, withTransaction } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { childForChange, type DossierActor } from "#app/domain/families/dossier-access.server.ts";
import { isIsoDay } from "#app/domain/form-fields.ts";
import { now, nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { priceLabelOf, servingHouse } from "./meal-access.server.ts";
import { deadlinesOf, houseCalendar, pricesOf } from "./meal-rules.repository.server.ts";

/** At most a school term of days in one request. */
export const MAX_DAYS_PER_BOOKING = 120;

/**
 * The days of a booking or cancellation, once each and in order.
 *
 * @throws AppError VALIDATION `days: meals.book.invalidDays` when none, more than
 *   `MAX_DAYS_PER_BOOKING`, or one is not `YYYY-MM-DD`.
 */
export function mealDays(days: string[]): string[] {
	const unique = [...new Set(days)].sort();
	if (unique.length === 0 || unique.length > MAX_DAYS_PER_BOOKING || !unique.every(isIsoDay)) {
		throw new AppError("VALIDATION", { fieldErrors: { days: ["meals.book.invalidDays"] } });
	}
	return unique;
}

/**
 * Books a meal offer for a child on each of `days` (« Inscrire mon enfant »), at the price in
 * force on each day for the child's label, in cents. A day already booked stays as it is; a day
 * cancelled earlier is booked again. At most one row per offer, child and day, under
 * concurrency on both databases (unique key; a second request finds the row).
 *
 * Guardians book until each day's booking deadline (the server's clock decides, whatever the
 * client sends). Staff who may change the dossier may book past it with a `reason`, audited.
 *
 * @throws AppError NOT_FOUND for a child or an offer outside the actor's reach; FORBIDDEN for
 *   read-only staff; VALIDATION `days: meals.book.invalidDays` (malformed, none, too many),
 *   `days: meals.book.closed` (a weekend, a public holiday, a closed day), `days:
 *   meals.book.noRules` (no rules or no price yet that day), `form: meals.book.notServed`, and
 *   for staff past the deadline without a reason `reason: meals.book.reasonRequired`;
 *   CONFLICT `days: meals.book.tooLate` for a guardian past a deadline (nothing is booked).
 */
export async function bookMeals(options: {
	db: Database;
	actor: DossierActor;
	childId: string;
	mealOfferId: string;
	/** Calendar days `YYYY-MM-DD` (Brussels). */
	days: string[];
	vegetarian?: boolean;
	/** Staff only, past a deadline: why (kept in the audit log). */
	reason?: string;
}): Promise<{ booked: string[]; alreadyBooked: string[] }> {
	const { db, actor } = options;
	const days = mealDays(options.days);
	return withTransaction(db, async (trx) => {
		const child = await childForChange(trx, actor, options.childId);
		const first = days[0] as string;
		const last = days.at(-1) as string;
		const { offer, houseId } = await servingHouse(trx, child, options.mealOfferId, first);
		const calendar = await houseCalendar(trx, houseId, first, last);
		if (!days.every(calendar.isServed)) {
			throw new AppError("VALIDATION", { fieldErrors: { days: ["meals.book.closed"] } });
		}
		const deadlines = await deadlinesOf(trx, { mealOfferId: offer.id, houseId, days });
		const labels = await trx
			.selectFrom("meal_prices")
			.select("label")
			.distinct()
			.where("meal_offer_id", "=", offer.id)
			.execute();
		const supplementary = await trx
			.selectFrom("child_supplementary")
			.select("school_class")
			.where("child_id", "=", child.id)
			.executeTakeFirst();
		const label = priceLabelOf(
			supplementary?.school_class ?? null,
			labels.map((row) => row.label),
		);
		const prices = await pricesOf(trx, { mealOfferId: offer.id, label, days });
		if (!days.every((day) => deadlines.has(day) && prices.has(day))) {
			throw new AppError("VALIDATION", { fieldErrors: { days: ["meals.book.noRules"] } });
		}
		const at = now().toISOString();
		const late = days.filter((day) => at > (deadlines.get(day)?.bookUntil ?? ""));
		const byStaff = actor.viewer.kind === "staff";
		if (late.length > 0 && !byStaff) {
			throw new AppError("CONFLICT", { fieldErrors: { days: ["meals.book.tooLate"] } });
		}
		const reason = options.reason?.trim() ?? "";
		if (late.length > 0 && !reason) {
			throw new AppError("VALIDATION", { fieldErrors: { reason: ["meals.book.reasonRequired"] } });
		}

		const existing = await trx
			.selectFrom("meal_bookings")
			.select(["id", "day", "status"])
			.where("meal_offer_id", "=", offer.id)
			.where("child_id", "=", child.id)
			.where("day", "in", days)
			.execute();
		const byDay = new Map(existing.map((row) => [row.day, row]));
		const booked: string[] = [];
		const alreadyBooked: string[] = [];
		const stamp = nowIso();
		for (const day of days) {
			const row = byDay.get(day);
			if (row?.status === "booked") {
				alreadyBooked.push(day);
				continue;
			}
			const values = {
				house_id: houseId,
				status: "booked" as const,
				vegetarian: options.vegetarian ?? false,
				price_cents: prices.get(day) as number,
				booked_at: stamp,
				booked_by_user_id: actor.userId,
				cancelled_at: null,
				cancelled_by_user_id: null,
				cancellation_reason: null,
				cancellation_note: null,
				credited: false,
				updated_at: stamp,
			};
			if (row) {
				await trx.updateTable("meal_bookings").set(values).where("id", "=", row.id).execute();
			} else {
				// A concurrent request may have inserted the same day: the unique key keeps one row.
				const inserted = await trx
					.insertInto("meal_bookings")
					.values({ id: newId(), meal_offer_id: offer.id, child_id: child.id, day, ...values })
					.onConflict((conflict) => conflict.columns(["meal_offer_id", "child_id", "day"]).doNothing())
					.executeTakeFirst();
				if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
					alreadyBooked.push(day);
					continue;
				}
			}
			booked.push(day);
		}
		if (byStaff && booked.length > 0) {
			await recordAuditEvent(trx, {
				actorUserId: actor.userId,
				groupId: child.group_id,
				action: "meal.booked_by_staff",
				targetType: "child",
				targetId: child.id,
				ipAddress: actor.ipAddress,
				details: {
					mealOfferId: offer.id,
					title: offer.name,
					days: booked.join(","),
					meals: booked.length,
					late: late.join(","),
					reason,
				},
			});
		}
		return { booked, alreadyBooked };
	});
}
