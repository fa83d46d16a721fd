import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { MealCancellationReason } from "#app/db/schema.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { childForChange, type DossierActor } from "#app/domain/families/dossier-access.server.ts";
import { dateInBrussels, now, nowIso } from "#app/infra/clock.ts";
import { mealDays } from "./book-meals.server.ts";
import { deadlinesOf } from "./meal-rules.repository.server.ts";

/**
 * Cancels the child's booked meals of an offer on `days`. The row stays, with who cancelled,
 * when and why, so the monthly summary and billing see it:
 *
 * - a guardian, until each day's cancellation deadline: reason `parent`, not billed;
 * - a guardian, `sick`, on the morning of the day itself until the offer's sick hour
 *   (« Enfant malade »): reason `sick`, credited;
 * - staff who may change the dossier, at any time, with a `reason` when past the deadline:
 *   reason `staff`, credited when past it, audited.
 *
 * Days not booked are left alone (reported in `notBooked`). The server's clock decides.
 *
 * @throws AppError NOT_FOUND (child or offer out of reach), FORBIDDEN (read-only staff),
 *   VALIDATION `days: meals.book.invalidDays`, `reason: meals.book.reasonRequired` (staff past
 *   the deadline); CONFLICT `days: meals.cancel.tooLate` (a guardian past the deadline) or
 *   `days: meals.cancel.sickToday` (a sick cancellation not for today, or past the sick hour,
 *   or the offer has none). Nothing is cancelled when any day is refused.
 */
export async function cancelMeals(options: {
	db: Database;
	actor: DossierActor;
	childId: string;
	mealOfferId: string;
	days: string[];
	/** « Enfant malade »: the same-morning cancellation of today's meal. */
	sick?: boolean;
	reason?: string;
}): Promise<{ cancelled: string[]; notBooked: string[] }> {
	const { db, actor } = options;
	const days = mealDays(options.days);
	return withTransaction(db, async (trx) => {
		const child = await childForChange(trx, actor, options.childId);
		const offer = await trx
			.selectFrom("meal_offers")
			.select(["id", "name"])
			.where("id", "=", options.mealOfferId)
			.where("group_id", "=", child.group_id)
			.executeTakeFirst();
		if (!offer) throw new AppError("NOT_FOUND");
		const bookings = await trx
			.selectFrom("meal_bookings")
			.select(["id", "day", "house_id"])
			.where("meal_offer_id", "=", offer.id)
			.where("child_id", "=", child.id)
			.where("status", "=", "booked")
			.where("day", "in", days)
			.execute();
		const at = now().toISOString();
		const today = dateInBrussels();
		const byStaff = actor.viewer.kind === "staff";
		const reason = options.reason?.trim() ?? "";
		const decisions: { id: string; day: string; cause: MealCancellationReason; credited: boolean }[] = [];
		for (const booking of bookings) {
			const deadline = (
				await deadlinesOf(trx, { mealOfferId: offer.id, houseId: booking.house_id, days: [booking.day] })
			).get(booking.day);
			const inTime = deadline !== undefined && at <= deadline.cancelUntil;
			if (byStaff) {
				if (!inTime && !reason) {
					throw new AppError("VALIDATION", { fieldErrors: { reason: ["meals.book.reasonRequired"] } });
				}
				decisions.push({ id: booking.id, day: booking.day, cause: "staff", credited: !inTime });
			} else if (options.sick) {
				const sickInTime = booking.day === today && deadline?.sickUntil != null && at <= deadline.sickUntil;
				if (!sickInTime) throw new AppError("CONFLICT", { fieldErrors: { days: ["meals.cancel.sickToday"] } });
				decisions.push({ id: booking.id, day: booking.day, cause: "sick", credited: true });
			} else {
				if (!inTime) throw new AppError("CONFLICT", { fieldErrors: { days: ["meals.cancel.tooLate"] } });
				decisions.push({ id: booking.id, day: booking.day, cause: "parent", credited: false });
			}
		}
		const stamp = nowIso();
		for (const decision of decisions) {
			await trx
				.updateTable("meal_bookings")
				.set({
					status: "cancelled",
					cancelled_at: stamp,
					cancelled_by_user_id: actor.userId,
					cancellation_reason: decision.cause,
					cancellation_note: reason || null,
					credited: decision.credited,
					updated_at: stamp,
				})
				.where("id", "=", decision.id)
				.where("status", "=", "booked")
				.execute();
		}
		const cancelled = decisions.map((decision) => decision.day);
		if (byStaff && cancelled.length > 0) {
			await recordAuditEvent(trx, {
				actorUserId: actor.userId,
				groupId: child.group_id,
				action: "meal.cancelled_by_staff",
				targetType: "child",
				targetId: child.id,
				ipAddress: actor.ipAddress,
				details: {
					mealOfferId: offer.id,
					title: offer.name,
					days: cancelled.join(","),
					meals: cancelled.length,
					reason,
				},
			});
		}
		return { cancelled, notBooked: days.filter((day) => !cancelled.includes(day)) };
	});
}
