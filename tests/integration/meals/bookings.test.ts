/**
 * Meal bookings (issue 12, decision 030), on SQLite and PostgreSQL: deadlines in Brussels time
 * across daylight-saving changes and midnight, a weekly pattern, one row per offer, child and
 * day under concurrency, rule and price versions each in effect on their day, sick
 * cancellations, staff exceptions with a reason, and who may do what.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { bookMeals } from "#app/domain/meals/book-meals.server.ts";
import { patternDays } from "#app/domain/meals/booking-pattern.ts";
import { cancelMeals } from "#app/domain/meals/cancel-meals.server.ts";
import { mealMonthSummary } from "#app/domain/meals/meal-month-summary.server.ts";
import { houseCalendar } from "#app/domain/meals/meal-rules.repository.server.ts";
import { createMealOffer, saveMealMenu } from "#app/domain/meals/save-meal-offer.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { createTestTenant, enrolTestChild, guardianActor, staffActor } from "#tests/factories.ts";
import { createReadyChild } from "#tests/offer-factories.ts";
import { failure } from "#tests/support/app-errors.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
let tenant: Tenant;

beforeAll(async () => {
	tenant = await createTestTenant();
});
afterEach(() => pinClock(undefined));

/** « Repas chaud » at 3,50 €: book until Thursday 12:00 the week before, cancel until 2 working days before 10:00, sick until 09:00. */
async function hotMeal(overrides: Record<string, unknown> = {}) {
	const { mealOfferId } = await createMealOffer({
		db: getDb(),
		actor: staffActor(tenant.admin),
		input: {
			name: "Repas chaud",
			houseIds: [tenant.firstHouse.id],
			priceCents: 350,
			validFrom: "2026-09-01",
			bookingKind: "weekday-before",
			bookingWeekday: 4,
			bookingTime: "12:00",
			cancelKind: "working-days-before",
			cancelDays: 2,
			cancelTime: "10:00",
			sickUntil: "09:00",
			...overrides,
		},
	});
	return mealOfferId;
}

async function enrolledChild() {
	const child = await createReadyChild(tenant.group);
	await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
	return child;
}

const rows = (childId: string) =>
	getDb()
		.selectFrom("meal_bookings")
		.select(["day", "status", "price_cents", "cancellation_reason", "credited", "booked_by_user_id"])
		.where("child_id", "=", childId)
		.orderBy("day")
		.execute();

describe("booking deadlines, in Brussels time", () => {
	it("books the week of Monday 11/01/2027 until Thursday 07/01 at 12:00, and refuses a parent one second later", async () => {
		const offerId = await hotMeal();
		const child = await enrolledChild();
		const book = (day: string) =>
			bookMeals({
				db: getDb(),
				actor: guardianActor(child.guardian),
				childId: child.id,
				mealOfferId: offerId,
				days: [day],
			});

		pinClock("2027-01-07T10:59:59Z"); // 11:59:59 in Brussels (winter time)
		expect(await book("2027-01-11")).toEqual({ booked: ["2027-01-11"], alreadyBooked: [] });
		pinClock("2027-01-07T11:00:01Z");
		expect(await failure(book("2027-01-12"))).toBe("CONFLICT:days=meals.book.tooLate");
		// The week after is still open.
		expect((await book("2027-01-18")).booked).toEqual(["2027-01-18"]);
		expect((await rows(child.id)).map((row) => row.day)).toEqual(["2027-01-11", "2027-01-18"]);
	});

	it("keeps noon at noon across the change to summer time (Sunday 28/03/2027)", async () => {
		const offerId = await hotMeal();
		const child = await enrolledChild();
		const book = (day: string) =>
			bookMeals({
				db: getDb(),
				actor: guardianActor(child.guardian),
				childId: child.id,
				mealOfferId: offerId,
				days: [day],
			});
		// Week of Tuesday 06/04: Thursday 01/04 12:00 is 10:00 UTC in summer time, not 11:00.
		pinClock("2027-04-01T10:30:00Z");
		expect(await failure(book("2027-04-06"))).toBe("CONFLICT:days=meals.book.tooLate");
		pinClock("2027-04-01T09:59:00Z");
		expect((await book("2027-04-06")).booked).toEqual(["2027-04-06"]);
		// Week of Tuesday 30/03 (Easter Monday 29/03 is closed): Thursday 25/03 12:00 is still winter time.
		pinClock("2027-03-25T10:59:00Z");
		expect((await book("2027-03-30")).booked).toEqual(["2027-03-30"]);
		expect(await failure(book("2027-03-29"))).toBe("VALIDATION:days=meals.book.closed");
	});

	it("ends at midnight when the rule says 00:00 one working day before", async () => {
		const offerId = await hotMeal({ bookingKind: "working-days-before", bookingDays: 1, bookingTime: "00:00" });
		const child = await enrolledChild();
		const book = (day: string) =>
			bookMeals({
				db: getDb(),
				actor: guardianActor(child.guardian),
				childId: child.id,
				mealOfferId: offerId,
				days: [day],
			});
		// Wednesday 13/01/2027: until Tuesday 12/01 00:00 in Brussels, Monday 11/01 23:00 UTC.
		pinClock("2027-01-11T22:59:59Z");
		expect((await book("2027-01-13")).booked).toEqual(["2027-01-13"]);
		pinClock("2027-01-11T23:00:01Z");
		const sister = await enrolledChild();
		const bookSister = (day: string) =>
			bookMeals({
				db: getDb(),
				actor: guardianActor(sister.guardian),
				childId: sister.id,
				mealOfferId: offerId,
				days: [day],
			});
		expect(await failure(bookSister("2027-01-13"))).toBe("CONFLICT:days=meals.book.tooLate");
		expect((await bookSister("2027-01-14")).booked).toEqual(["2027-01-14"]);
	});
});

describe("a weekly pattern", () => {
	it("« tous les lundis et jeudis » until 31/03/2027 books the served days only, and the total is known", async () => {
		const offerId = await hotMeal();
		const child = await enrolledChild();
		await getDb()
			.insertInto("house_closed_days")
			.values({
				house_id: tenant.firstHouse.id,
				day: "2027-02-18",
				reason: "pedagogical_day",
				created_at: "2027-01-01",
			})
			.execute();
		pinClock("2027-01-20T08:00:00Z");
		const calendar = await houseCalendar(getDb(), tenant.firstHouse.id, "2027-02-01", "2027-03-31");
		const days = patternDays({
			from: "2027-02-01",
			until: "2027-03-31",
			weekdays: [1, 4],
			isServed: calendar.isServed,
		});
		// 9 Mondays less Easter Monday 29/03, 8 Thursdays less the pedagogical day of 18/02.
		expect(days).toHaveLength(15);
		expect(days).not.toContain("2027-03-29");
		expect(days).not.toContain("2027-02-18");
		const result = await bookMeals({
			db: getDb(),
			actor: guardianActor(child.guardian),
			childId: child.id,
			mealOfferId: offerId,
			days,
		});
		expect(result.booked).toEqual(days);
		const booked = await rows(child.id);
		expect(booked.reduce((sum, row) => sum + row.price_cents, 0)).toBe(15 * 350);
		expect(booked.every((row) => row.booked_by_user_id === child.guardian.id)).toBe(true);
	});
});

describe("one meal per offer, child and day", () => {
	it("keeps one row when the same day is booked 12 times at once, and books a cancelled day again", async () => {
		const offerId = await hotMeal();
		const child = await enrolledChild();
		pinClock("2027-01-20T08:00:00Z");
		const attempts = await Promise.allSettled(
			Array.from({ length: 12 }, () =>
				bookMeals({
					db: getDb(),
					actor: guardianActor(child.guardian),
					childId: child.id,
					mealOfferId: offerId,
					days: ["2027-02-02"],
				}),
			),
		);
		expect(attempts.every((attempt) => attempt.status === "fulfilled")).toBe(true);
		const booked = attempts.flatMap((attempt) => (attempt.status === "fulfilled" ? attempt.value.booked : []));
		expect(booked).toEqual(["2027-02-02"]);
		expect(await rows(child.id)).toHaveLength(1);

		await cancelMeals({
			db: getDb(),
			actor: guardianActor(child.guardian),
			childId: child.id,
			mealOfferId: offerId,
			days: ["2027-02-02"],
		});
		expect((await rows(child.id))[0]).toMatchObject({
			status: "cancelled",
			cancellation_reason: "parent",
			credited: false,
		});
		await bookMeals({
			db: getDb(),
			actor: guardianActor(child.guardian),
			childId: child.id,
			mealOfferId: offerId,
			days: ["2027-02-02"],
		});
		expect(await rows(child.id)).toMatchObject([{ day: "2027-02-02", status: "booked", cancellation_reason: null }]);
	});
});

describe("days that do not exist", () => {
	it("refuses to book or cancel 30 February, month 13 or day 45, whatever the client sends", async () => {
		const offerId = await hotMeal();
		const child = await enrolledChild();
		pinClock("2027-01-04T08:00:00Z");
		for (const day of ["2027-02-30", "2027-13-01", "2027-02-45"]) {
			const options = {
				db: getDb(),
				actor: guardianActor(child.guardian),
				childId: child.id,
				mealOfferId: offerId,
				days: [day],
			};
			expect(await failure(bookMeals(options))).toBe("VALIDATION:days=meals.book.invalidDays");
			expect(await failure(cancelMeals(options))).toBe("VALIDATION:days=meals.book.invalidDays");
		}
		expect(await rows(child.id)).toEqual([]);
	});
});

describe("versions in effect on their day", () => {
	it("uses each day's rules and price, and a price change never alters what was booked", async () => {
		const offerId = await hotMeal();
		const child = await enrolledChild();
		pinClock("2027-01-04T08:00:00Z");
		await bookMeals({
			db: getDb(),
			actor: guardianActor(child.guardian),
			childId: child.id,
			mealOfferId: offerId,
			days: ["2027-02-01"],
		});
		// From March: 4,00 €, and bookings close two working days before at 10:00.
		const db = getDb();
		await db
			.insertInto("meal_prices")
			.values({
				id: newId(),
				meal_offer_id: offerId,
				label: "",
				valid_from: "2027-03-01",
				price_cents: 400,
				created_by_user_id: null,
				created_at: "2027-01-04",
			})
			.execute();
		await db
			.insertInto("meal_prices")
			.values({
				id: newId(),
				meal_offer_id: offerId,
				label: "maternelle",
				valid_from: "2026-09-01",
				price_cents: 300,
				created_by_user_id: null,
				created_at: "2027-01-04",
			})
			.execute();
		await db
			.insertInto("meal_rules")
			.values({
				id: newId(),
				meal_offer_id: offerId,
				valid_from: "2027-03-01",
				booking_kind: "working-days-before",
				booking_weekday: null,
				booking_days: 2,
				booking_time: "10:00",
				cancel_kind: "working-days-before",
				cancel_weekday: null,
				cancel_days: 1,
				cancel_time: "10:00",
				sick_until: null,
				created_by_user_id: null,
				created_at: "2027-01-04",
			})
			.execute();
		// Friday 26/02/2027 at 13:00: the week of 01/03 is closed by the old rule for February days…
		pinClock("2027-02-26T12:00:00Z");
		expect(
			await failure(
				bookMeals({
					db,
					actor: guardianActor(child.guardian),
					childId: child.id,
					mealOfferId: offerId,
					days: ["2027-02-26"],
				}),
			),
		).toBe("CONFLICT:days=meals.book.tooLate");
		// …while Wednesday 03/03 under the new rule is open until Monday 01/03 10:00.
		await bookMeals({
			db,
			actor: guardianActor(child.guardian),
			childId: child.id,
			mealOfferId: offerId,
			days: ["2027-03-03"],
		});
		expect((await rows(child.id)).map((row) => [row.day, row.price_cents])).toEqual([
			["2027-02-01", 350],
			["2027-03-03", 400],
		]);

		// A child in « 2e maternelle » pays the « maternelle » price.
		const toddler = await enrolledChild();
		await db
			.insertInto("child_supplementary")
			.values({ child_id: toddler.id, school_class: "2e maternelle", updated_at: "2027-01-04T00:00:00.000Z" } as never)
			.onConflict((conflict) => conflict.column("child_id").doUpdateSet({ school_class: "2e maternelle" }))
			.execute();
		await bookMeals({
			db,
			actor: guardianActor(toddler.guardian),
			childId: toddler.id,
			mealOfferId: offerId,
			days: ["2027-03-03"],
		});
		expect((await rows(toddler.id))[0]?.price_cents).toBe(300);
	});
});

describe("cancellations", () => {
	it("« Enfant malade » on the morning itself until 09:00 is credited; later, or another day, it is refused", async () => {
		const offerId = await hotMeal();
		const child = await enrolledChild();
		pinClock("2027-01-04T08:00:00Z");
		await bookMeals({
			db: getDb(),
			actor: guardianActor(child.guardian),
			childId: child.id,
			mealOfferId: offerId,
			days: ["2027-01-19", "2027-01-20", "2027-01-21"],
		});
		const cancel = (day: string, sick: boolean) =>
			cancelMeals({
				db: getDb(),
				actor: guardianActor(child.guardian),
				childId: child.id,
				mealOfferId: offerId,
				days: [day],
				sick,
			});
		pinClock("2027-01-19T07:59:00Z"); // 08:59 in Brussels
		expect(await cancel("2027-01-19", true)).toEqual({ cancelled: ["2027-01-19"], notBooked: [] });
		expect(await failure(cancel("2027-01-20", true))).toBe("CONFLICT:days=meals.cancel.sickToday");
		// Past the 2-working-day deadline of Wednesday 20/01 (Monday 18/01 10:00): no ordinary cancellation.
		expect(await failure(cancel("2027-01-20", false))).toBe("CONFLICT:days=meals.cancel.tooLate");
		pinClock("2027-01-21T08:01:00Z"); // 09:01
		expect(await failure(cancel("2027-01-21", true))).toBe("CONFLICT:days=meals.cancel.sickToday");
		expect((await rows(child.id)).map((row) => [row.day, row.status, row.cancellation_reason, row.credited])).toEqual([
			["2027-01-19", "cancelled", "sick", true],
			["2027-01-20", "booked", null, false],
			["2027-01-21", "booked", null, false],
		]);
		// The month's summary, at the prices booked: what billing will invoice, and what it will not.
		expect(await mealMonthSummary(getDb(), { childId: child.id, month: "2027-01" })).toEqual([
			{
				mealOfferId: offerId,
				name: "Repas chaud",
				booked: 2,
				bookedCents: 700,
				cancelled: 0,
				credited: 1,
				creditedCents: 350,
			},
		]);
		expect(await mealMonthSummary(getDb(), { childId: child.id, month: "2027-02" })).toEqual([]);
		// In the family's language when staff named the meal in it, French otherwise.
		await getDb().updateTable("meal_offers").set({ name_nl: "Warme maaltijd" }).where("id", "=", offerId).execute();
		const summaryIn = async (language: "nl" | "de") =>
			(await mealMonthSummary(getDb(), { childId: child.id, month: "2027-01", language })).map((line) => line.name);
		expect(await summaryIn("nl")).toEqual(["Warme maaltijd"]);
		expect(await summaryIn("de")).toEqual(["Repas chaud"]);
	});

	it("staff book and cancel past the deadlines with a reason, audited; never without one", async () => {
		const offerId = await hotMeal();
		const child = await enrolledChild();
		const manager = staffActor(tenant.manager);
		pinClock("2027-01-20T08:00:00Z");
		const late = { db: getDb(), actor: manager, childId: child.id, mealOfferId: offerId, days: ["2027-01-21"] };
		expect(await failure(bookMeals(late))).toBe("VALIDATION:reason=meals.book.reasonRequired");
		await bookMeals({ ...late, reason: "Inscription tardive acceptée par la direction" });
		await cancelMeals({ ...late, reason: "Excursion imprévue" });
		expect((await rows(child.id))[0]).toMatchObject({
			status: "cancelled",
			cancellation_reason: "staff",
			credited: true,
		});
		const audit = await getDb()
			.selectFrom("audit_events")
			.select(["action", "details"])
			.where("target_id", "=", child.id)
			.where("action", "like", "meal.%")
			.orderBy("occurred_at")
			.execute();
		expect(audit.map((row) => row.action)).toEqual(["meal.booked_by_staff", "meal.cancelled_by_staff"]);
		expect(JSON.parse(audit[0]?.details ?? "{}")).toMatchObject({
			reason: "Inscription tardive acceptée par la direction",
			late: "2027-01-21",
		});
	});
});

describe("who may book", () => {
	it("refuses another family, a reader, a child of a house that does not serve the meal, and closed days", async () => {
		const offerId = await hotMeal();
		const child = await enrolledChild();
		const stranger = await enrolledChild();
		pinClock("2027-01-04T08:00:00Z");
		const input = { db: getDb(), childId: child.id, mealOfferId: offerId, days: ["2027-02-02"] };
		expect(await failure(bookMeals({ ...input, actor: guardianActor(stranger.guardian) }))).toBe("NOT_FOUND");
		expect(await failure(bookMeals({ ...input, actor: staffActor(tenant.reader) }))).toBe("FORBIDDEN");
		const other = await createTestTenant();
		expect(await failure(bookMeals({ ...input, actor: staffActor(other.admin) }))).toBe("NOT_FOUND");

		const elsewhere = await createReadyChild(tenant.group);
		await enrolTestChild(elsewhere.id, tenant.secondHouse.id, tenant.admin);
		expect(
			await failure(bookMeals({ ...input, childId: elsewhere.id, actor: guardianActor(elsewhere.guardian) })),
		).toBe("VALIDATION:form=meals.book.notServed");
		expect(await failure(bookMeals({ ...input, days: ["2027-02-06"], actor: guardianActor(child.guardian) }))).toBe(
			"VALIDATION:days=meals.book.closed",
		);
		expect(await failure(bookMeals({ ...input, days: ["06/02/2027"], actor: guardianActor(child.guardian) }))).toBe(
			"VALIDATION:days=meals.book.invalidDays",
		);
		expect(await rows(child.id)).toEqual([]);
	});

	it("lets group admins create offers and house managers write their houses' menus, with Annex II codes", async () => {
		expect(
			await failure(
				createMealOffer({
					db: getDb(),
					actor: staffActor(tenant.manager),
					input: {
						name: "Potage",
						houseIds: [tenant.firstHouse.id],
						priceCents: 80,
						validFrom: "2026-09-01",
						bookingKind: "weekday-before",
						bookingTime: "12:00",
						cancelKind: "weekday-before",
						cancelTime: "12:00",
					},
				}),
			),
		).toBe("FORBIDDEN");
		const offerId = await hotMeal();
		await saveMealMenu({
			db: getDb(),
			actor: staffActor(tenant.manager),
			mealOfferId: offerId,
			input: {
				day: "2027-02-02",
				dishes: [
					{ course: "starter", name: "Potage aux légumes", allergens: ["celery"] },
					{ course: "main", name: "Poulet sauce satay", allergens: ["peanuts", "soybeans", "milk"] },
				],
			},
		});
		const dishes = await getDb()
			.selectFrom("meal_dishes")
			.select(["course", "allergens"])
			.where("meal_offer_id", "=", offerId)
			.orderBy("course")
			.execute();
		expect(dishes).toEqual([
			{ course: "main", allergens: "peanuts,soybeans,milk" },
			{ course: "starter", allergens: "celery" },
		]);
		expect(
			await failure(
				saveMealMenu({
					db: getDb(),
					actor: staffActor(tenant.reader),
					mealOfferId: offerId,
					input: { day: "2027-02-02", dishes: [] },
				}),
			),
		).toBe("FORBIDDEN");
		expect(
			await failure(
				saveMealMenu({
					db: getDb(),
					actor: staffActor(tenant.manager),
					mealOfferId: offerId,
					input: { day: "2027-02-03", dishes: [{ course: "main", name: "Pâtes", allergens: ["chocolate" as never] }] },
				}),
			),
		).toMatch(/^VALIDATION/);
	});
});
