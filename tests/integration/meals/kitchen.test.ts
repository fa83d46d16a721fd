/**
 * The kitchen's list of a house and a day (issue 12 §4), on SQLite and PostgreSQL: how many of
 * each dish, the diets (standard, vegetarian, the health sheet's), the children whose declared
 * allergies meet an allergen of the day, each view audited, and only for the house's staff.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { addAllergy } from "#app/domain/families/add-allergy.server.ts";
import { bookMeals } from "#app/domain/meals/book-meals.server.ts";
import { readKitchenDay } from "#app/domain/meals/read-kitchen-day.server.ts";
import { createMealOffer, saveMealMenu } from "#app/domain/meals/save-meal-offer.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import {
	createTestStaffMember,
	createTestTenant,
	enrolTestChild,
	guardianActor,
	staffActor,
} from "#tests/factories.ts";
import { createReadyChild } from "#tests/offer-factories.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
let tenant: Tenant;
const DAY = "2027-01-12";

beforeAll(async () => {
	tenant = await createTestTenant();
	const db = getDb();
	const { mealOfferId } = await createMealOffer({
		db,
		actor: staffActor(tenant.admin),
		input: {
			name: "Repas chaud",
			houseIds: [tenant.firstHouse.id],
			priceCents: 350,
			validFrom: "2026-09-01",
			bookingKind: "weekday-before",
			bookingWeekday: 4,
			bookingTime: "12:00",
			cancelKind: "weekday-before",
			cancelWeekday: 4,
			cancelTime: "12:00",
		},
	});
	await saveMealMenu({
		db,
		actor: staffActor(tenant.admin),
		mealOfferId,
		input: {
			day: DAY,
			dishes: [
				{ course: "starter", name: "Velouté de potiron", allergens: ["celery", "milk"] },
				{ course: "main", name: "Poulet sauce satay", allergens: ["peanuts", "soybeans"] },
				{ course: "dessert", name: "Pomme", allergens: [] },
				{ course: "vegetarian", name: "Tofu sauce satay", allergens: ["peanuts", "soybeans"] },
			],
		},
	});
	pinClock("2027-01-04T08:00:00Z");
	const children = [];
	for (const firstName of ["Nino", "Zoé", "Emma", "Lucas"]) {
		const child = await createReadyChild(tenant.group, { firstName, lastName: `Cuisine${firstName}` });
		await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
		children.push(child);
	}
	const [nino, zoe, emma, lucas] = children as [
		(typeof children)[0],
		(typeof children)[0],
		(typeof children)[0],
		(typeof children)[0],
	];
	await addAllergy({
		db,
		actor: guardianActor(nino.guardian),
		childId: nino.id,
		input: { allergen: "Cacahuètes", reactions: "Œdème", whatToDo: "Epipen" },
	});
	await addAllergy({
		db,
		actor: guardianActor(zoe.guardian),
		childId: zoe.id,
		input: { allergen: "Kiwi", reactions: "Démangeaisons", whatToDo: "Rincer la bouche" },
	});
	await db
		.insertInto("child_medical")
		.values({ child_id: lucas.id, diet: "Sans porc", updated_at: "2027-01-04T08:00:00.000Z" } as never)
		.onConflict((conflict) => conflict.column("child_id").doUpdateSet({ diet: "Sans porc" }))
		.execute();
	for (const child of [nino, zoe, lucas]) {
		await bookMeals({ db, actor: guardianActor(child.guardian), childId: child.id, mealOfferId, days: [DAY] });
	}
	await bookMeals({
		db,
		actor: guardianActor(emma.guardian),
		childId: emma.id,
		mealOfferId,
		days: [DAY],
		vegetarian: true,
	});
	pinClock(undefined);
});

describe("the kitchen's day", () => {
	it("counts each dish and diet, and names the children whose allergies meet the day's dishes", async () => {
		const kitchen = await readKitchenDay({
			db: getDb(),
			actor: staffActor(tenant.manager),
			houseId: tenant.firstHouse.id,
			day: DAY,
			purpose: "view",
		});
		const [offer] = kitchen.offers;
		expect(offer?.booked).toBe(4);
		expect(offer?.dishes.map((dish) => [dish.course, dish.count])).toEqual([
			["starter", 4],
			["main", 3],
			["dessert", 4],
			["vegetarian", 1],
		]);
		expect(offer?.diets.map((diet) => [diet.kind, diet.label, diet.count])).toEqual([
			["standard", "", 2],
			["vegetarian", "", 1],
			["health-sheet", "Sans porc", 1],
		]);
		expect(offer?.alerts).toEqual([
			{
				childId: expect.any(String),
				childName: "CUISINENINO Nino",
				allergies: ["Cacahuètes"],
				allergens: ["peanuts"],
				dishes: ["Poulet sauce satay", "Tofu sauce satay"],
			},
		]);
		const audit = await getDb()
			.selectFrom("audit_events")
			.select(["action", "details"])
			.where("target_id", "=", tenant.firstHouse.id)
			.where("action", "=", "meal.kitchen.viewed")
			.execute();
		expect(audit).toHaveLength(1);
		expect(JSON.parse(audit[0]?.details ?? "{}")).toMatchObject({ day: DAY, format: "view", children: 4 });
	});

	it("is for the house's staff and the group's admins only", async () => {
		const read = (actor: ReturnType<typeof staffActor>) =>
			readKitchenDay({ db: getDb(), actor, houseId: tenant.firstHouse.id, day: DAY, purpose: "view" }).then(
				() => "read",
				(error: unknown) => (error instanceof AppError ? error.code : "other"),
			);
		expect(await read(staffActor(tenant.admin))).toBe("read");
		expect(await read(staffActor(tenant.reader))).toBe("read");
		const other = await createTestTenant();
		expect(await read(staffActor(other.admin))).toBe("NOT_FOUND");
		const secondHouseManager = await createTestStaffMember(tenant.group.id, "house_manager", [tenant.secondHouse.id]);
		expect(await read(staffActor(secondHouseManager))).toBe("NOT_FOUND");
	});
});
