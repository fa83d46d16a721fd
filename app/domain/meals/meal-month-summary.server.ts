import type { Database } from "#app/db/db.server.ts";
import { localizedText } from "#app/domain/offers/staff-translations.ts";
import { addDays } from "#app/infra/clock.ts";
import type { Language } from "#app/locales/languages.ts";

/** A month of one child's meals of one offer; amounts in cents, at the prices booked. */
export type MealMonthLine = {
	mealOfferId: string;
	name: string;
	/** Booked and not cancelled: what billing will invoice. */
	booked: number;
	bookedCents: number;
	/** Cancelled within the deadlines: never billed. */
	cancelled: number;
	/** Cancelled past the deadline but credited (sick, or by staff): not billed either. */
	credited: number;
	creditedCents: number;
};

/** The last day (`YYYY-MM-DD`) of a month `YYYY-MM`. */
function lastDayOf(month: string): string {
	const [year, monthNumber] = month.split("-").map(Number) as [number, number];
	return addDays(`${monthNumber === 12 ? year + 1 : year}-${String((monthNumber % 12) + 1).padStart(2, "0")}-01`, -1);
}

/**
 * The monthly summary of a child's meals (issue 12 §9), per meal offer: how many were booked
 * and their amount, how many were cancelled in time, how many were credited (« malade », staff)
 * and their amount. Amounts are the prices in force when each day was booked, in integer
 * cents, so billing turns these rows into invoice lines without recomputing prices.
 *
 * @param month `YYYY-MM` (Brussels calendar month).
 * @param language the meals' names in this language when staff gave one (French otherwise).
 */
export async function mealMonthSummary(
	db: Database,
	options: { childId: string; month: string; language?: Language },
): Promise<MealMonthLine[]> {
	const first = `${options.month}-01`;
	const rows = await db
		.selectFrom("meal_bookings")
		.innerJoin("meal_offers", "meal_offers.id", "meal_bookings.meal_offer_id")
		.select([
			"meal_bookings.meal_offer_id",
			"meal_offers.name",
			"meal_offers.name_nl",
			"meal_offers.name_de",
			"meal_offers.name_en",
			"meal_bookings.status",
			"meal_bookings.credited",
			"meal_bookings.price_cents",
		])
		.where("meal_bookings.child_id", "=", options.childId)
		.where("meal_bookings.day", ">=", first)
		.where("meal_bookings.day", "<=", lastDayOf(options.month))
		.execute();
	const lines = new Map<string, MealMonthLine>();
	for (const row of rows) {
		const line = lines.get(row.meal_offer_id) ?? {
			mealOfferId: row.meal_offer_id,
			name: localizedText(row, "name", options.language ?? "fr"),
			booked: 0,
			bookedCents: 0,
			cancelled: 0,
			credited: 0,
			creditedCents: 0,
		};
		if (row.status === "booked") {
			line.booked += 1;
			line.bookedCents += row.price_cents;
		} else if (row.credited) {
			line.credited += 1;
			line.creditedCents += row.price_cents;
		} else {
			line.cancelled += 1;
		}
		lines.set(row.meal_offer_id, line);
	}
	return [...lines.values()].sort((a, b) => a.name.localeCompare(b.name, "fr"));
}
