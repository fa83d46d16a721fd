import type { Database } from "#app/db/db.server.ts";
import type { MealRulesTable } from "#app/db/schema.ts";
import { belgianPublicHolidays } from "#app/domain/offers/offer-days.server.ts";
import { type DeadlineRule, deadlineOf, isoWeekday, sickCancellationDeadlineOf } from "./deadlines.ts";

type RuleRow = Pick<
	MealRulesTable,
	| "valid_from"
	| "booking_kind"
	| "booking_weekday"
	| "booking_days"
	| "booking_time"
	| "cancel_kind"
	| "cancel_weekday"
	| "cancel_days"
	| "cancel_time"
	| "sick_until"
>;

/** The deadlines of a meal offer on one day, as instants (ISO, UTC). */
export type MealDayDeadlines = {
	/** Version of the rules in effect on that day (its `valid_from`). */
	rulesFrom: string;
	bookUntil: string;
	cancelUntil: string;
	/** Same-morning sick cancellation until; null when the offer has none. */
	sickUntil: string | null;
};

function ruleOf(
	kind: RuleRow["booking_kind"],
	weekday: number | null,
	days: number | null,
	time: string,
): DeadlineRule {
	return kind === "weekday-before"
		? { kind, weekday: weekday ?? 4, time }
		: { kind: "working-days-before", days: days ?? 0, time };
}

/**
 * A house's calendar: which days meals are served. Monday to Friday, except Belgian public
 * holidays (date-holidays, as for camps) and the house's closed days.
 */
export async function houseCalendar(db: Database, houseId: string, from: string, to: string) {
	const closed = await db
		.selectFrom("house_closed_days")
		.select(["day", "reason"])
		.where("house_id", "=", houseId)
		.where("day", ">=", from)
		.where("day", "<=", to)
		.execute();
	const closedDays = new Map(closed.map((row) => [row.day, row.reason]));
	return {
		closedDays,
		/** A weekday the house is open, neither a public holiday nor one of its closed days. */
		isServed(day: string): boolean {
			return isoWeekday(day) <= 5 && !belgianPublicHolidays(Number(day.slice(0, 4))).has(day) && !closedDays.has(day);
		},
	};
}

/**
 * The deadlines of a meal offer for each given day, from the version of its rules in effect on
 * that day (the latest `valid_from` not after it). Working days skip weekends, Belgian public
 * holidays and the house's closed days. Days before the first version have none (undefined).
 */
export async function deadlinesOf(
	db: Database,
	options: { mealOfferId: string; houseId: string; days: string[] },
): Promise<Map<string, MealDayDeadlines>> {
	const result = new Map<string, MealDayDeadlines>();
	if (options.days.length === 0) return result;
	const sorted = [...options.days].sort();
	const rules = await db
		.selectFrom("meal_rules")
		.select([
			"valid_from",
			"booking_kind",
			"booking_weekday",
			"booking_days",
			"booking_time",
			"cancel_kind",
			"cancel_weekday",
			"cancel_days",
			"cancel_time",
			"sick_until",
		])
		.where("meal_offer_id", "=", options.mealOfferId)
		.where("valid_from", "<=", sorted.at(-1) as string)
		.orderBy("valid_from", "desc")
		.execute();
	// Deadlines fall up to a few weeks before the first day: read the calendar from there.
	const calendar = await houseCalendar(
		db,
		options.houseId,
		new Date(Date.parse(`${sorted[0]}T00:00:00Z`) - 60 * 86_400_000).toISOString().slice(0, 10),
		sorted.at(-1) as string,
	);
	for (const day of sorted) {
		const rule = rules.find((candidate) => candidate.valid_from <= day);
		if (!rule) continue;
		result.set(day, {
			rulesFrom: rule.valid_from,
			bookUntil: deadlineOf(
				day,
				ruleOf(rule.booking_kind, rule.booking_weekday, rule.booking_days, rule.booking_time),
				calendar.isServed,
			),
			cancelUntil: deadlineOf(
				day,
				ruleOf(rule.cancel_kind, rule.cancel_weekday, rule.cancel_days, rule.cancel_time),
				calendar.isServed,
			),
			sickUntil: rule.sick_until ? sickCancellationDeadlineOf(day, rule.sick_until) : null,
		});
	}
	return result;
}

/**
 * The price in cents of a meal offer on each day for a label: the latest `valid_from` not
 * after the day, the label's own price before the price for everyone (label ''). Days with no
 * price yet are absent.
 */
export async function pricesOf(
	db: Database,
	options: { mealOfferId: string; label: string; days: string[] },
): Promise<Map<string, number>> {
	const result = new Map<string, number>();
	if (options.days.length === 0) return result;
	const prices = await db
		.selectFrom("meal_prices")
		.select(["label", "valid_from", "price_cents"])
		.where("meal_offer_id", "=", options.mealOfferId)
		.where("label", "in", options.label ? [options.label, ""] : [""])
		.orderBy("valid_from", "desc")
		.execute();
	for (const day of options.days) {
		const own = prices.find((price) => price.label === options.label && price.valid_from <= day);
		const everyone = prices.find((price) => price.label === "" && price.valid_from <= day);
		const price = options.label ? (own ?? everyone) : everyone;
		if (price) result.set(day, price.price_cents);
	}
	return result;
}
