/**
 * Menus written by staff (issue 12 §2), on SQLite and PostgreSQL: « Copier la semaine
 * précédente » fills the days without a menu and keeps those written, for the staff of a house
 * that serves the meal only.
 */
import { describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { copyMealWeek } from "#app/domain/meals/copy-meal-week.server.ts";
import { closeHouseDay, reopenHouseDay } from "#app/domain/meals/house-closed-days.server.ts";
import { houseCalendar } from "#app/domain/meals/meal-rules.repository.server.ts";
import { createMealOffer, saveMealMenu } from "#app/domain/meals/save-meal-offer.server.ts";
import { createTestStaffMember, createTestTenant, staffActor } from "#tests/factories.ts";

describe("menus and closing days", () => {
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

	it("repeats a 4-week cycle of menus over the next weeks, keeping the days already written", async () => {
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
		// Four weeks of Mondays from 04/01/2027: A, B, C, D; Monday 08/02 is already written.
		const mondays = ["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"];
		for (const [index, day] of mondays.entries()) {
			await saveMealMenu({
				db: getDb(),
				actor: admin,
				mealOfferId,
				input: { day, dishes: [{ course: "main", name: "ABCD"[index] as string, allergens: [] }] },
			});
		}
		await saveMealMenu({
			db: getDb(),
			actor: admin,
			mealOfferId,
			input: { day: "2027-02-08", dishes: [{ course: "main", name: "Spécial", allergens: ["milk"] }] },
		});
		// From 01/02, eight weeks of the 4-week cycle: the copies repeat themselves after 4 weeks.
		expect(
			await copyMealWeek({ db: getDb(), actor: admin, mealOfferId, week: "2027-02-03", cycle: 4, weeks: 8 }),
		).toEqual({
			days: 7,
		});
		const mains = await getDb()
			.selectFrom("meal_dishes")
			.select(["day", "name"])
			.where("meal_offer_id", "=", mealOfferId)
			.where("day", ">=", "2027-02-01")
			.orderBy("day")
			.execute();
		expect(mains).toEqual([
			{ day: "2027-02-01", name: "A" },
			{ day: "2027-02-08", name: "Spécial" },
			{ day: "2027-02-15", name: "C" },
			{ day: "2027-02-22", name: "D" },
			{ day: "2027-03-01", name: "A" },
			{ day: "2027-03-08", name: "Spécial" },
			{ day: "2027-03-15", name: "C" },
			{ day: "2027-03-22", name: "D" },
		]);
		const refused = (options: { cycle?: 1 | 4 | 5 | 6; weeks?: number }) =>
			copyMealWeek({ db: getDb(), actor: admin, mealOfferId, week: "2027-02-01", ...options }).catch(
				(error: AppError) => error.fieldErrors,
			);
		expect(await refused({ cycle: 3 as never })).toEqual({ cycle: ["meals.validation.cycle"] });
		expect(await refused({ weeks: 13 })).toEqual({ weeks: ["meals.validation.weeks"] });
	});

	it("closes a house on a day for its manager and the admins: nothing is booked that day, and it opens again", async () => {
		const tenant = await createTestTenant();
		const close = (actor: ReturnType<typeof staffActor>, houseId = tenant.firstHouse.id) =>
			closeHouseDay({ db: getDb(), actor, houseId, day: "2027-03-05", reason: "pedagogical_day" }).then(
				() => "closed",
				(error: unknown) => (error instanceof AppError ? error.code : "other"),
			);
		expect(await close(staffActor(tenant.reader))).toBe("FORBIDDEN");
		expect(await close(staffActor(tenant.manager), tenant.secondHouse.id)).toBe("FORBIDDEN");
		expect(await close(staffActor((await createTestTenant()).admin))).toBe("NOT_FOUND");
		expect(await close(staffActor(tenant.manager))).toBe("closed");
		const calendar = await houseCalendar(getDb(), tenant.firstHouse.id, "2027-03-01", "2027-03-05");
		expect(calendar.isServed("2027-03-05")).toBe(false);
		expect(calendar.isServed("2027-03-04")).toBe(true);
		await reopenHouseDay({
			db: getDb(),
			actor: staffActor(tenant.admin),
			houseId: tenant.firstHouse.id,
			day: "2027-03-05",
		});
		expect(
			(await houseCalendar(getDb(), tenant.firstHouse.id, "2027-03-05", "2027-03-05")).isServed("2027-03-05"),
		).toBe(true);
		const audit = await getDb()
			.selectFrom("audit_events")
			.select("action")
			.where("target_id", "=", tenant.firstHouse.id)
			.where("action", "like", "house.closed_day.%")
			.orderBy("occurred_at")
			.execute();
		expect(audit.map((row) => row.action)).toEqual(["house.closed_day.added", "house.closed_day.removed"]);
	});
});
