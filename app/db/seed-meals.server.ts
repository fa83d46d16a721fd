import type { Database } from "#app/db/db.server.ts";
import type { MealCourse } from "#app/db/schema.ts";
import { enrolChild } from "#app/domain/families/enrol-child.server.ts";
import { findHouseByName } from "#app/domain/groups/groups.repository.server.ts";
import { findStaffAccess } from "#app/domain/groups/staff.repository.server.ts";
import type { AllergenCode } from "#app/domain/meals/allergens.ts";
import { bookMeals } from "#app/domain/meals/book-meals.server.ts";
import { mondayOf } from "#app/domain/meals/deadlines.ts";
import { houseCalendar } from "#app/domain/meals/meal-rules.repository.server.ts";
import { createMealOffer, saveMealMenu } from "#app/domain/meals/save-meal-offer.server.ts";
import { addDays, dateInBrussels, nowIso } from "#app/infra/clock.ts";
import { findDemoNino } from "./seed-demo-child.server.ts";

/** The demo's out-of-school care, where Nino eats at noon. */
export const demoMealHouse = "Accueil extrascolaire Les Écureuils";

type Dish = { course: MealCourse; name: string; allergens: AllergenCode[] };

/** The menus of Monday to Friday, the same each week; Tuesday's main contains peanuts. */
const weekMenus: Dish[][] = [
	[
		{ course: "starter", name: "Potage aux carottes", allergens: ["celery"] },
		{ course: "main", name: "Boulettes sauce tomate, purée", allergens: ["eggs", "milk", "gluten"] },
		{ course: "dessert", name: "Pomme", allergens: [] },
		{ course: "vegetarian", name: "Boulettes de lentilles, purée", allergens: ["milk"] },
	],
	[
		{ course: "starter", name: "Velouté de potiron", allergens: ["celery", "milk"] },
		{ course: "main", name: "Poulet sauce satay, riz", allergens: ["peanuts", "soybeans"] },
		{ course: "dessert", name: "Yaourt nature", allergens: ["milk"] },
		{ course: "vegetarian", name: "Tofu sauce satay, riz", allergens: ["peanuts", "soybeans"] },
	],
	[
		{ course: "starter", name: "Potage cerfeuil", allergens: ["celery"] },
		{ course: "main", name: "Filet de colin, épinards, pommes de terre", allergens: ["fish", "milk"] },
		{ course: "dessert", name: "Compote de poires", allergens: [] },
	],
	[
		{ course: "starter", name: "Soupe de tomates", allergens: ["celery"] },
		{ course: "main", name: "Spaghetti bolognaise", allergens: ["gluten", "celery"] },
		{ course: "dessert", name: "Banane", allergens: [] },
		{ course: "vegetarian", name: "Spaghetti aux légumes", allergens: ["gluten", "celery"] },
	],
	[
		{ course: "starter", name: "Potage aux poireaux", allergens: ["celery"] },
		{ course: "main", name: "Omelette, salade, pain", allergens: ["eggs", "gluten", "mustard"] },
		{ course: "dessert", name: "Mousse au chocolat", allergens: ["eggs", "milk"] },
	],
];

/**
 * Meals for the demo: « Repas chaud » at 3,50 € in the out-of-school care where Nino is
 * enrolled, booked until Thursday 12:00 the week before, cancelled until two working days
 * before at 10:00, « Enfant malade » until 09:00; menus from this week for four weeks (so the
 * current week is closed to bookings and later ones are open); Tuesday's main contains
 * peanuts, Nino's declared allergy. Nino's meals of this week are booked. Idempotent.
 */
export async function seedDemoMeals(db: Database, options: { adminId: string; groupId: string }): Promise<string[]> {
	const house = await findHouseByName(db, options.groupId, demoMealHouse);
	if (!house) return [];
	const existing = await db
		.selectFrom("meal_offers")
		.select("id")
		.where("group_id", "=", options.groupId)
		.executeTakeFirst();
	if (existing) return [];
	const access = await findStaffAccess(db, options.adminId, options.groupId);
	if (!access) return [];
	const actor = { userId: options.adminId, ipAddress: "127.0.0.1", access, viewer: { kind: "staff" as const, access } };
	const nino = await findDemoNino(db, options.groupId);
	if (nino) {
		await enrolChild({
			db,
			actor,
			childId: nino.id,
			input: { houseId: house.id, startsOn: "2026-09-01" },
		});
	}
	const monday = mondayOf(dateInBrussels());
	const { mealOfferId } = await createMealOffer({
		db,
		actor,
		input: {
			name: "Repas chaud",
			houseIds: [house.id],
			priceCents: 350,
			validFrom: "2026-09-01",
			bookingKind: "weekday-before",
			bookingWeekday: 4,
			bookingTime: "12:00",
			cancelKind: "working-days-before",
			cancelDays: 2,
			cancelTime: "10:00",
			sickUntil: "09:00",
		},
	});
	await db
		.updateTable("meal_offers")
		.set({ name_nl: "Warme maaltijd", name_de: "Warmes Mittagessen", name_en: "Hot meal", updated_at: nowIso() })
		.where("id", "=", mealOfferId)
		.execute();
	for (let week = 0; week < 4; week += 1) {
		for (let weekday = 0; weekday < 5; weekday += 1) {
			const day = addDays(monday, week * 7 + weekday);
			await saveMealMenu({
				db,
				actor,
				mealOfferId,
				input: { day, dishes: weekMenus[weekday] ?? [] },
			});
		}
	}
	if (nino) {
		// Booked at the start of the school year for this week: the staff's entry, past the deadline.
		const calendar = await houseCalendar(db, house.id, monday, addDays(monday, 4));
		const days = [0, 1, 2, 3, 4].map((weekday) => addDays(monday, weekday)).filter(calendar.isServed);
		if (days.length > 0) {
			await bookMeals({ db, actor, childId: nino.id, mealOfferId, days, reason: "Inscription de début d'année" });
		}
	}
	return ["meals (« Repas chaud », four weeks of menus)"];
}
