import type { Database } from "#app/db/db.server.ts";
import type { MealCourse } from "#app/db/schema.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isIsoDay } from "#app/domain/form-fields.ts";
import { canSeeHouse } from "#app/domain/groups/permissions.ts";
import { type AllergenCode, parseAllergens } from "./allergens.ts";
import { declaredAllergenCodes } from "./declared-allergens.ts";

/** `standard`, `vegetarian`, or the diet as the health sheet words it. */
export type KitchenDiet = { kind: "standard" | "vegetarian" | "health-sheet"; label: string; count: number };

export type KitchenOffer = {
	id: string;
	name: string;
	booked: number;
	dishes: { course: MealCourse; name: string; allergens: AllergenCode[]; count: number }[];
	diets: KitchenDiet[];
	/** Booked children whose declared allergies name an allergen of this day's dishes. */
	alerts: { childId: string; childName: string; allergies: string[]; allergens: AllergenCode[]; dishes: string[] }[];
	/** Every booked child, by name: the list the kitchen and the animators tick. */
	children: { childId: string; childName: string; vegetarian: boolean; diet: string | null }[];
};

/**
 * The kitchen's view of one house on one day (issue 12 §4): for each meal offer served there,
 * the day's dishes with how many to cook (starter and dessert for everyone, the main for the
 * others, the vegetarian alternative for children booked vegetarian), the counts per diet
 * (standard, vegetarian, and the diets written on health sheets), and the booked children whose
 * declared allergies match an allergen of the day's dishes, with their names and the allergy
 * as typed. Audited like an attendance list (`meal.kitchen.viewed`), in the same transaction.
 *
 * @throws AppError NOT_FOUND for a house of another group or outside the member's houses;
 *   VALIDATION `day: meals.validation.date` for a malformed day.
 */
export async function readKitchenDay(options: {
	db: Database;
	actor: StaffActor;
	houseId: string;
	day: string;
	/** Why the list was read: shown on screen, printed, exported. */
	purpose: "view" | "print" | "csv";
}): Promise<{ house: { id: string; name: string }; day: string; offers: KitchenOffer[] }> {
	const { db, actor, houseId, day } = options;
	if (!isIsoDay(day)) throw new AppError("VALIDATION", { fieldErrors: { day: ["meals.validation.date"] } });
	if (!canSeeHouse(actor.access, houseId)) throw new AppError("NOT_FOUND");
	const house = await db
		.selectFrom("houses")
		.select(["id", "name"])
		.where("id", "=", houseId)
		.where("group_id", "=", actor.access.groupId)
		.executeTakeFirst();
	if (!house) throw new AppError("NOT_FOUND");

	const [offers, dishes, bookings] = await Promise.all([
		db
			.selectFrom("meal_offers")
			.innerJoin("meal_offer_houses", "meal_offer_houses.meal_offer_id", "meal_offers.id")
			.select(["meal_offers.id", "meal_offers.name"])
			.where("meal_offer_houses.house_id", "=", house.id)
			.where("meal_offers.group_id", "=", actor.access.groupId)
			.orderBy("meal_offers.name")
			.execute(),
		db
			.selectFrom("meal_dishes")
			.innerJoin("meal_offer_houses", "meal_offer_houses.meal_offer_id", "meal_dishes.meal_offer_id")
			.select(["meal_dishes.meal_offer_id", "meal_dishes.course", "meal_dishes.name", "meal_dishes.allergens"])
			.where("meal_offer_houses.house_id", "=", house.id)
			.where("meal_dishes.day", "=", day)
			.execute(),
		db
			.selectFrom("meal_bookings")
			.innerJoin("children", "children.id", "meal_bookings.child_id")
			.leftJoin("child_medical", "child_medical.child_id", "meal_bookings.child_id")
			.select([
				"meal_bookings.meal_offer_id",
				"meal_bookings.child_id",
				"meal_bookings.vegetarian",
				"children.first_name",
				"children.last_name",
				"child_medical.diet",
			])
			.where("meal_bookings.house_id", "=", house.id)
			.where("meal_bookings.day", "=", day)
			.where("meal_bookings.status", "=", "booked")
			.orderBy("children.last_name")
			.orderBy("children.first_name")
			.execute(),
	]);
	const childIds = [...new Set(bookings.map((booking) => booking.child_id))];
	const allergies =
		childIds.length === 0
			? []
			: await db
					.selectFrom("child_allergies")
					.select(["child_id", "allergen"])
					.where("child_id", "in", childIds)
					.execute();
	const allergiesOf = (childId: string) =>
		allergies.filter((row) => row.child_id === childId).map((row) => row.allergen);
	const courseOrder: MealCourse[] = ["starter", "main", "dessert", "vegetarian"];

	const result: KitchenOffer[] = offers.map((offer) => {
		const booked = bookings.filter((booking) => booking.meal_offer_id === offer.id);
		const vegetarians = booked.filter((booking) => booking.vegetarian).length;
		const offerDishes = dishes
			.filter((dish) => dish.meal_offer_id === offer.id)
			.sort((a, b) => courseOrder.indexOf(a.course) - courseOrder.indexOf(b.course));
		const hasVegetarianDish = offerDishes.some((dish) => dish.course === "vegetarian");
		const countOf = (course: MealCourse) =>
			course === "vegetarian"
				? vegetarians
				: course === "main" && hasVegetarianDish
					? booked.length - vegetarians
					: booked.length;
		const diets = new Map<string, KitchenDiet>();
		for (const booking of booked) {
			const sheet = booking.diet?.trim();
			const diet: Omit<KitchenDiet, "count"> = booking.vegetarian
				? { kind: "vegetarian", label: "" }
				: sheet
					? { kind: "health-sheet", label: sheet }
					: { kind: "standard", label: "" };
			const key = `${diet.kind}:${diet.label.toLocaleLowerCase("fr")}`;
			const entry = diets.get(key) ?? { ...diet, count: 0 };
			entry.count += 1;
			diets.set(key, entry);
		}
		const dayAllergens = offerDishes.map((dish) => ({ name: dish.name, allergens: parseAllergens(dish.allergens) }));
		const alerts = booked.flatMap((booking) => {
			const typed = allergiesOf(booking.child_id);
			const declared = new Set(declaredAllergenCodes(typed));
			const matching = dayAllergens.filter((dish) => dish.allergens.some((code) => declared.has(code)));
			if (matching.length === 0) return [];
			return [
				{
					childId: booking.child_id,
					childName: `${booking.last_name.toLocaleUpperCase("fr")} ${booking.first_name}`.trim(),
					allergies: typed,
					allergens: [...new Set(matching.flatMap((dish) => dish.allergens.filter((code) => declared.has(code))))],
					dishes: matching.map((dish) => dish.name),
				},
			];
		});
		return {
			id: offer.id,
			name: offer.name,
			booked: booked.length,
			dishes: offerDishes.map((dish) => ({
				course: dish.course,
				name: dish.name,
				allergens: parseAllergens(dish.allergens),
				count: countOf(dish.course),
			})),
			diets: [...diets.values()].sort((a, b) => b.count - a.count),
			alerts,
			children: booked.map((booking) => ({
				childId: booking.child_id,
				childName: `${booking.last_name.toLocaleUpperCase("fr")} ${booking.first_name}`.trim(),
				vegetarian: booking.vegetarian,
				diet: booking.diet?.trim() || null,
			})),
		};
	});
	await recordAuditEvent(db, {
		actorUserId: actor.userId,
		groupId: actor.access.groupId,
		action: "meal.kitchen.viewed",
		targetType: "house",
		targetId: house.id,
		ipAddress: actor.ipAddress,
		details: {
			houseId: house.id,
			day,
			format: options.purpose,
			children: result.reduce((sum, offer) => sum + offer.booked, 0),
		},
	});
	return { house, day, offers: result };
}
