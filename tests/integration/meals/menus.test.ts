/**
 * Menus written by staff (issue 12 §2), on SQLite and PostgreSQL: « Copier la semaine
 * précédente » fills the days without a menu and keeps those written, for the staff of a house
 * that serves the meal only.
 */
import { describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { copyMealWeek } from "#app/domain/meals/copy-meal-week.server.ts";
import { createMealOffer, saveMealMenu } from "#app/domain/meals/save-meal-offer.server.ts";
import { createTestStaffMember, createTestTenant, staffActor } from "#tests/factories.ts";

describe("copying the previous week's menus", () => {
	it("fills the days without a menu, keeps the written ones, and is for the house's writers only", async () => {
		const tenant = await createTestTenant();
		const admin = staffActor(tenant.admin);
		const { mealOfferId } = await createMealOffer({
			db: getDb(),
			actor: admin,
			input: {
				name: "Repas chaud",
				houseIds: [tenant.firstHouse.id],
				priceCents: 350,
				validFrom: "2026-09-01",
				bookingKind: "weekday-before",
				bookingTime: "12:00",
				cancelKind: "weekday-before",
				cancelTime: "12:00",
			},
		});
		const write = (day: string, name: string) =>
			saveMealMenu({
				db: getDb(),
				actor: staffActor(tenant.manager),
				mealOfferId,
				input: { day, dishes: [{ course: "main", name, allergens: ["gluten"] }] },
			});
		await write("2027-01-11", "Lasagne");
		await write("2027-01-12", "Poisson pané");
		await write("2027-01-19", "Déjà écrit");

		const copy = (actor: ReturnType<typeof staffActor>) =>
			copyMealWeek({ db: getDb(), actor, mealOfferId, week: "2027-01-20" }).catch((error: unknown) =>
				error instanceof AppError ? error.code : "other",
			);
		expect(await copy(staffActor(tenant.reader))).toBe("FORBIDDEN");
		const elsewhere = await createTestStaffMember(tenant.group.id, "house_manager", [tenant.secondHouse.id]);
		expect(await copy(staffActor(elsewhere))).toBe("NOT_FOUND");
		expect(await copy(staffActor(tenant.manager))).toEqual({ days: 1 });

		const dishes = await getDb()
			.selectFrom("meal_dishes")
			.select(["day", "name", "allergens"])
			.where("meal_offer_id", "=", mealOfferId)
			.where("day", ">=", "2027-01-18")
			.orderBy("day")
			.execute();
		expect(dishes).toEqual([
			{ day: "2027-01-18", name: "Lasagne", allergens: "gluten" },
			{ day: "2027-01-19", name: "Déjà écrit", allergens: "gluten" },
		]);
	});
});
