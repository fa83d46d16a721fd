import { sql } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import type { MealBookingStatus, MealCourse } from "#app/db/schema.ts";
import { addDays, dateInBrussels } from "#app/infra/clock.ts";
import type { Language } from "#app/locales/languages.ts";
import { type AllergenCode, parseAllergens } from "./allergens.ts";
import { mondayOf } from "./deadlines.ts";
import { declaredAllergenCodes } from "./declared-allergens.ts";
import { mealAudienceChild, priceLabelOf } from "./meal-access.server.ts";
import { isForEveryone, isInMealAudience } from "./meal-audience.ts";
import { deadlinesOf, houseCalendar, pricesOf } from "./meal-rules.repository.server.ts";

export type MealDay = {
	day: string;
	/** Null when the house serves that day; else why not. */
	closed: "holiday" | "closed" | null;
	dishes: { course: MealCourse; name: string; allergens: AllergenCode[]; warnings: AllergenCode[] }[];
	priceCents: number | null;
	booking: {
		status: MealBookingStatus;
		priceCents: number;
		cancellationReason: string | null;
		vegetarian: boolean;
	} | null;
	bookUntil: string | null;
	cancelUntil: string | null;
	sickUntil: string | null;
	canBook: boolean;
	canCancel: boolean;
	canCancelSick: boolean;
};

/**
 * The meal offers that serve a child (offers of houses where the child is enrolled in that
 * week), and for the chosen offer the week of `week` (its Monday is used): each weekday's
 * menu with allergens and the child's warnings, the price in force, the child's booking and
 * what the parent may still do, by the server's clock `at`.
 */
export async function readMealWeek(
	db: Database,
	options: { childId: string; mealOfferId?: string; week: string; at: Date; language: Language },
) {
	const monday = mondayOf(options.week);
	const friday = addDays(monday, 4);
	const name =
		options.language === "fr"
			? sql<string>`meal_offers.name`
			: sql<string>`coalesce(${sql.ref(`meal_offers.name_${options.language}`)}, meal_offers.name)`;
	const offers = await db
		.selectFrom("meal_offers")
		.innerJoin("meal_offer_houses", "meal_offer_houses.meal_offer_id", "meal_offers.id")
		.innerJoin("enrolments", "enrolments.house_id", "meal_offer_houses.house_id")
		.innerJoin("houses", "houses.id", "meal_offer_houses.house_id")
		.select([
			"meal_offers.id",
			name.as("name"),
			"meal_offers.class_labels",
			"meal_offers.min_age_years",
			"meal_offers.max_age_years",
			"houses.id as house_id",
			"houses.name as house_name",
		])
		.where("enrolments.child_id", "=", options.childId)
		.where("enrolments.starts_on", "<=", friday)
		.where((eb) => eb.or([eb("enrolments.ends_on", "is", null), eb("enrolments.ends_on", ">=", monday)]))
		.where("meal_offers.archived_at", "is", null)
		.orderBy("houses.name")
		.orderBy("meal_offers.name")
		.execute();
	// Only the meals for this child's class and age (on the Monday shown).
	const audienceChild = await mealAudienceChild(db, options.childId);
	const unique = [
		...new Map(
			offers
				.filter((offer) => isForEveryone(offer) || isInMealAudience(offer, audienceChild, monday))
				.map((offer) => [offer.id, offer]),
		).values(),
	];
	const offer = unique.find((candidate) => candidate.id === options.mealOfferId) ?? unique[0];
	if (!offer) return { monday, offers: unique, offer: null, days: [] as MealDay[], weekTotalCents: 0, declared: [] };

	const days = [0, 1, 2, 3, 4].map((index) => addDays(monday, index));
	const [calendar, deadlines, dishes, bookings, allergies, labels] = await Promise.all([
		houseCalendar(db, offer.house_id, monday, friday),
		deadlinesOf(db, { mealOfferId: offer.id, houseId: offer.house_id, days }),
		db
			.selectFrom("meal_dishes")
			.select(["day", "course", "name", "allergens"])
			.where("meal_offer_id", "=", offer.id)
			.where("day", ">=", monday)
			.where("day", "<=", friday)
			.execute(),
		db
			.selectFrom("meal_bookings")
			.select(["day", "status", "price_cents", "cancellation_reason", "vegetarian"])
			.where("meal_offer_id", "=", offer.id)
			.where("child_id", "=", options.childId)
			.where("day", ">=", monday)
			.where("day", "<=", friday)
			.execute(),
		db.selectFrom("child_allergies").select("allergen").where("child_id", "=", options.childId).execute(),
		db.selectFrom("meal_prices").select("label").distinct().where("meal_offer_id", "=", offer.id).execute(),
	]);
	const label = priceLabelOf(
		audienceChild.schoolClass,
		labels.map((row) => row.label),
	);
	const prices = await pricesOf(db, { mealOfferId: offer.id, label, days });
	const declared = new Set(declaredAllergenCodes(allergies.map((row) => row.allergen)));
	const at = options.at.toISOString();
	const today = dateInBrussels(options.at);
	const courseOrder: MealCourse[] = ["starter", "main", "dessert", "vegetarian"];
	const mealDays: MealDay[] = days.map((day) => {
		const served = calendar.isServed(day);
		const closed = served ? null : calendar.closedDays.has(day) ? "closed" : "holiday";
		const deadline = deadlines.get(day);
		const booking = bookings.find((row) => row.day === day);
		const priceCents = prices.get(day) ?? null;
		const booked = booking?.status === "booked";
		return {
			day,
			closed,
			dishes: dishes
				.filter((dish) => dish.day === day)
				.sort((a, b) => courseOrder.indexOf(a.course) - courseOrder.indexOf(b.course))
				.map((dish) => {
					const allergens = parseAllergens(dish.allergens);
					return {
						course: dish.course,
						name: dish.name,
						allergens,
						warnings: allergens.filter((code) => declared.has(code)),
					};
				}),
			priceCents,
			booking: booking
				? {
						status: booking.status,
						priceCents: booking.price_cents,
						cancellationReason: booking.cancellation_reason,
						vegetarian: booking.vegetarian,
					}
				: null,
			bookUntil: deadline?.bookUntil ?? null,
			cancelUntil: deadline?.cancelUntil ?? null,
			sickUntil: deadline?.sickUntil ?? null,
			canBook: served && !booked && priceCents !== null && deadline !== undefined && at <= deadline.bookUntil,
			canCancel: booked && deadline !== undefined && at <= deadline.cancelUntil,
			// « Enfant malade »: on the day itself, once an ordinary cancellation is too late.
			canCancelSick:
				booked && day === today && deadline?.sickUntil != null && at > deadline.cancelUntil && at <= deadline.sickUntil,
		};
	});
	const weekTotalCents = mealDays.reduce(
		(sum, day) => sum + (day.booking?.status === "booked" ? day.booking.priceCents : 0),
		0,
	);
	return { monday, offers: unique, offer, days: mealDays, weekTotalCents, declared: [...declared] };
}
