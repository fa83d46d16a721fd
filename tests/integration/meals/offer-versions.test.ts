/**
 * A meal offer's settings (issue 12 §1, §3; decision 030), on SQLite and PostgreSQL, through the
 * use cases staff call: names in the families' languages and houses, price versions per label
 * and rules versions from a date, never in the past, replacing a version of the same date, and
 * who may read or change them.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { archiveHouse } from "#app/domain/groups/archive-house.server.ts";
import { bookMeals } from "#app/domain/meals/book-meals.server.ts";
import {
	readMealOfferSettings,
	setMealPrice,
	setMealRules,
	updateMealOffer,
} from "#app/domain/meals/meal-offer-versions.server.ts";
import { readMealWeek } from "#app/domain/meals/read-meal-week.server.ts";
import { createMealOffer } from "#app/domain/meals/save-meal-offer.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import { createTestHouse, createTestTenant, enrolTestChild, guardianActor, staffActor } from "#tests/factories.ts";
import { createReadyChild } from "#tests/offer-factories.ts";
import { failure } from "#tests/support/app-errors.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
let tenant: Tenant;
let otherTenant: Tenant;

beforeAll(async () => {
	tenant = await createTestTenant();
	otherTenant = await createTestTenant();
});
afterEach(() => pinClock(undefined));

const weeklyRules = {
	bookingKind: "weekday-before",
	bookingWeekday: 4,
	bookingTime: "12:00",
	cancelKind: "working-days-before",
	cancelDays: 2,
	cancelTime: "10:00",
	sickUntil: "09:00",
} as const;

async function soup() {
	const { mealOfferId } = await createMealOffer({
		db: getDb(),
		actor: staffActor(tenant.admin),
		input: {
			name: "Potage",
			houseIds: [tenant.firstHouse.id],
			priceCents: 80,
			validFrom: "2026-09-01",
			...weeklyRules,
		},
	});
	return mealOfferId;
}

const audit = (action: string) =>
	getDb()
		.selectFrom("audit_events")
		.select(["actor_user_id", "details"])
		.where("action", "=", action)
		.where("group_id", "=", tenant.group.id)
		.execute();

describe("price versions", () => {
	it("a new price applies from its date, per label, and never alters what was booked", async () => {
		const db = getDb();
		const offerId = await soup();
		const child = await createReadyChild(tenant.group);
		await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
		pinClock("2027-01-04T08:00:00Z");
		await bookMeals({
			db,
			actor: guardianActor(child.guardian),
			childId: child.id,
			mealOfferId: offerId,
			days: ["2027-03-02"],
		});
		const admin = staffActor(tenant.admin);
		await setMealPrice({ db, actor: admin, mealOfferId: offerId, input: { validFrom: "2027-03-01", priceCents: 95 } });
		await setMealPrice({
			db,
			actor: admin,
			mealOfferId: offerId,
			input: { validFrom: "2027-03-01", priceCents: 70, label: " maternelle " },
		});
		// The same label and date again replaces the version (a typo corrected), it does not add one.
		await setMealPrice({ db, actor: admin, mealOfferId: offerId, input: { validFrom: "2027-03-01", priceCents: 90 } });
		await bookMeals({
			db,
			actor: guardianActor(child.guardian),
			childId: child.id,
			mealOfferId: offerId,
			days: ["2027-03-03"],
		});
		const booked = await db
			.selectFrom("meal_bookings")
			.select(["day", "price_cents"])
			.where("child_id", "=", child.id)
			.orderBy("day")
			.execute();
		expect(booked).toEqual([
			{ day: "2027-03-02", price_cents: 80 },
			{ day: "2027-03-03", price_cents: 90 },
		]);
		const settings = await readMealOfferSettings(db, admin, offerId);
		expect(settings.prices.map((price) => [price.valid_from, price.label, price.price_cents])).toEqual([
			["2027-03-01", "", 90],
			["2027-03-01", "maternelle", 70],
			["2026-09-01", "", 80],
		]);
		const events = await audit("meal.price.set");
		expect(events.length).toBeGreaterThanOrEqual(3);
		expect(events.every((event) => event.actor_user_id === tenant.admin.id)).toBe(true);
	});

	it("refuses a date before today (Brussels), a price that is not one, and a label too long", async () => {
		const db = getDb();
		const offerId = await soup();
		const admin = staffActor(tenant.admin);
		// 23:30 UTC on 04/01 is already 05/01 in Brussels: 04/01 is the past.
		pinClock("2027-01-04T23:30:00Z");
		expect(
			await failure(
				setMealPrice({ db, actor: admin, mealOfferId: offerId, input: { validFrom: "2027-01-04", priceCents: 90 } }),
			),
		).toBe("VALIDATION:validFrom=meals.validation.pastVersion");
		await setMealPrice({ db, actor: admin, mealOfferId: offerId, input: { validFrom: "2027-01-05", priceCents: 90 } });
		expect(
			await failure(
				setMealPrice({ db, actor: admin, mealOfferId: offerId, input: { validFrom: "2027-02-01", priceCents: -1 } }),
			),
		).toBe("VALIDATION:priceCents=meals.validation.price");
		expect(
			await failure(
				setMealPrice({
					db,
					actor: admin,
					mealOfferId: offerId,
					input: { validFrom: "2027-02-01", priceCents: 100, label: "x".repeat(41) },
				}),
			),
		).toBe("VALIDATION:label=meals.validation.label");
	});

	it("refuses a day that does not exist (45 December, month 13, 30 February), for prices and rules alike", async () => {
		const db = getDb();
		const offerId = await soup();
		const admin = staffActor(tenant.admin);
		pinClock("2027-01-04T08:00:00Z");
		for (const validFrom of ["2027-01-45", "2027-13-01", "2027-02-30"]) {
			expect(
				await failure(setMealPrice({ db, actor: admin, mealOfferId: offerId, input: { validFrom, priceCents: 90 } })),
			).toBe("VALIDATION:validFrom=meals.validation.date");
			expect(
				await failure(setMealRules({ db, actor: admin, mealOfferId: offerId, input: { ...weeklyRules, validFrom } })),
			).toBe("VALIDATION:validFrom=meals.validation.date");
		}
		const settings = await readMealOfferSettings(db, admin, offerId);
		expect(settings.prices.map((price) => price.valid_from)).toEqual(["2026-09-01"]);
		expect(settings.rules.map((rule) => rule.valid_from)).toEqual(["2026-09-01"]);
	});
});

describe("rules versions", () => {
	it("new deadlines apply to the days from their date; the same date replaces the version", async () => {
		const db = getDb();
		const offerId = await soup();
		const child = await createReadyChild(tenant.group);
		await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
		const admin = staffActor(tenant.admin);
		pinClock("2027-01-04T08:00:00Z");
		// From March: two working days before at 10:00 (the first try said 3: corrected).
		for (const bookingDays of [3, 2]) {
			await setMealRules({
				db,
				actor: admin,
				mealOfferId: offerId,
				input: { ...weeklyRules, validFrom: "2027-03-01", bookingKind: "working-days-before", bookingDays },
			});
		}
		const settings = await readMealOfferSettings(db, admin, offerId);
		expect(settings.rules.map((rule) => [rule.valid_from, rule.booking_kind, rule.booking_days])).toEqual([
			["2027-03-01", "working-days-before", 2],
			["2026-09-01", "weekday-before", null],
		]);
		// Friday 26/02 at 13:00: Wednesday 03/03 is open until Monday 01/03 10:00 under the new rules.
		pinClock("2027-02-26T12:00:00Z");
		await bookMeals({
			db,
			actor: guardianActor(child.guardian),
			childId: child.id,
			mealOfferId: offerId,
			days: ["2027-03-03"],
		});
		expect((await audit("meal.rules.set")).length).toBeGreaterThanOrEqual(2);
		expect(
			await failure(
				setMealRules({ db, actor: admin, mealOfferId: offerId, input: { ...weeklyRules, validFrom: "2027-02-01" } }),
			),
		).toBe("VALIDATION:validFrom=meals.validation.pastVersion");
	});
});

describe("names and houses", () => {
	it("saves the translations (blank is none) and the houses, refusing a house of another group", async () => {
		const db = getDb();
		const offerId = await soup();
		const admin = staffActor(tenant.admin);
		await updateMealOffer({
			db,
			actor: admin,
			mealOfferId: offerId,
			input: {
				name: "Potage du jour",
				nameNl: "Soep van de dag",
				nameDe: "  ",
				nameEn: "Soup of the day",
				houseIds: [tenant.firstHouse.id, tenant.secondHouse.id],
			},
		});
		const settings = await readMealOfferSettings(db, admin, offerId);
		expect(settings.offer).toMatchObject({
			name: "Potage du jour",
			name_nl: "Soep van de dag",
			name_de: null,
			name_en: "Soup of the day",
		});
		expect(settings.houseIds.sort()).toEqual([tenant.firstHouse.id, tenant.secondHouse.id].sort());
		expect(
			await failure(
				updateMealOffer({
					db,
					actor: admin,
					mealOfferId: offerId,
					input: { name: "Potage", houseIds: [otherTenant.firstHouse.id] },
				}),
			),
		).toBe("VALIDATION:houseIds=meals.validation.houses");
		expect((await readMealOfferSettings(db, admin, offerId)).houseIds).toHaveLength(2);
		expect((await audit("meal.offer.updated")).length).toBeGreaterThanOrEqual(1);
	});

	it("keeps an archived house that still serves the meal when the names are saved as shown, and refuses to add one", async () => {
		const db = getDb();
		const offerId = await soup();
		const admin = staffActor(tenant.admin);
		const closing = await createTestHouse(tenant.group.id, { name: "Maison qui ferme" });
		const closed = await createTestHouse(tenant.group.id, { name: "Maison fermée" });
		await updateMealOffer({
			db,
			actor: admin,
			mealOfferId: offerId,
			input: { name: "Potage", houseIds: [tenant.firstHouse.id, closing.id] },
		});
		for (const house of [closing, closed]) await archiveHouse({ db, actor: admin, houseId: house.id, archived: true });
		// The settings page ticks the archived house that still serves it: saving the page as shown works.
		const shown = await readMealOfferSettings(db, admin, offerId);
		await updateMealOffer({
			db,
			actor: admin,
			mealOfferId: offerId,
			input: { name: "Potage d'hiver", houseIds: shown.houseIds },
		});
		const saved = await readMealOfferSettings(db, admin, offerId);
		expect(saved.offer.name).toBe("Potage d'hiver");
		expect(saved.houseIds.sort()).toEqual([tenant.firstHouse.id, closing.id].sort());
		expect(
			await failure(
				updateMealOffer({
					db,
					actor: admin,
					mealOfferId: offerId,
					input: { name: "Potage", houseIds: [tenant.firstHouse.id, closed.id] },
				}),
			),
		).toBe("VALIDATION:houseIds=meals.validation.houses");
		// Unticked, the archived house serves it no more.
		await updateMealOffer({
			db,
			actor: admin,
			mealOfferId: offerId,
			input: { name: "Potage", houseIds: [tenant.firstHouse.id] },
		});
		expect((await readMealOfferSettings(db, admin, offerId)).houseIds).toEqual([tenant.firstHouse.id]);
	});
});

describe("who a meal is for", () => {
	it("a meal for « primaire » children up to 12 is neither listed nor bookable for a toddler in « maternelle »", async () => {
		const db = getDb();
		const offerId = await soup();
		const admin = staffActor(tenant.admin);
		await updateMealOffer({
			db,
			actor: admin,
			mealOfferId: offerId,
			input: { name: "Potage", houseIds: [tenant.firstHouse.id], classLabels: "primaire , P1", maxAgeYears: 12 },
		});
		expect((await readMealOfferSettings(db, admin, offerId)).offer).toMatchObject({
			class_labels: "primaire, P1",
			min_age_years: null,
			max_age_years: 12,
		});
		const classOf = async (childId: string, schoolClass: string) =>
			db
				.insertInto("child_supplementary")
				.values({ child_id: childId, school_class: schoolClass, updated_at: "2027-01-04T00:00:00.000Z" } as never)
				.onConflict((conflict) => conflict.column("child_id").doUpdateSet({ school_class: schoolClass }))
				.execute();
		const pupil = await createReadyChild(tenant.group);
		await enrolTestChild(pupil.id, tenant.firstHouse.id, tenant.admin);
		await classOf(pupil.id, "3e primaire");
		const toddler = await createReadyChild(tenant.group);
		await enrolTestChild(toddler.id, tenant.firstHouse.id, tenant.admin);
		await classOf(toddler.id, "2e maternelle");
		pinClock("2027-01-04T08:00:00Z");
		const week = (childId: string) =>
			readMealWeek(db, { childId, week: "2027-02-01", at: new Date("2027-01-04T08:00:00Z"), language: "fr" });
		expect((await week(pupil.id)).offers.map((offer) => offer.id)).toContain(offerId);
		expect((await week(toddler.id)).offers.map((offer) => offer.id)).not.toContain(offerId);
		const book = (child: { id: string; guardian: { id: string } }) =>
			bookMeals({
				db,
				actor: guardianActor(child.guardian),
				childId: child.id,
				mealOfferId: offerId,
				days: ["2027-02-01"],
			});
		await book(pupil);
		expect(await failure(book(toddler))).toBe("VALIDATION:form=meals.book.notForChild");
		// Staff cannot book it for the toddler either: it is a rule of the meal, not a deadline.
		expect(
			await failure(
				bookMeals({
					db,
					actor: admin,
					childId: toddler.id,
					mealOfferId: offerId,
					days: ["2027-02-01"],
					reason: "Demande des parents",
				}),
			),
		).toBe("VALIDATION:form=meals.book.notForChild");
		expect(
			await failure(
				updateMealOffer({
					db,
					actor: admin,
					mealOfferId: offerId,
					input: { name: "Potage", houseIds: [tenant.firstHouse.id], minAgeYears: 6, maxAgeYears: 3 },
				}),
			),
		).toBe("VALIDATION:maxAgeYears=meals.validation.ageOrder");
	});
});

describe("who may", () => {
	it("house managers read, readers and other groups do not; only group admins change", async () => {
		const db = getDb();
		const offerId = await soup();
		pinClock("2027-01-04T08:00:00Z");
		const manager = staffActor(tenant.manager);
		expect((await readMealOfferSettings(db, manager, offerId)).offer.id).toBe(offerId);
		expect(await failure(readMealOfferSettings(db, staffActor(tenant.reader), offerId))).toBe("FORBIDDEN");
		expect(await failure(readMealOfferSettings(db, staffActor(otherTenant.admin), offerId))).toBe("NOT_FOUND");
		const price = { validFrom: "2027-02-01", priceCents: 1 };
		expect(await failure(setMealPrice({ db, actor: manager, mealOfferId: offerId, input: price }))).toBe("FORBIDDEN");
		expect(
			await failure(setMealPrice({ db, actor: staffActor(otherTenant.admin), mealOfferId: offerId, input: price })),
		).toBe("NOT_FOUND");
		expect(
			await failure(
				setMealRules({ db, actor: manager, mealOfferId: offerId, input: { ...weeklyRules, validFrom: "2027-02-01" } }),
			),
		).toBe("FORBIDDEN");
		expect(
			await failure(
				updateMealOffer({
					db,
					actor: staffActor(otherTenant.manager),
					mealOfferId: offerId,
					input: { name: "Pris", houseIds: [otherTenant.firstHouse.id] },
				}),
			),
		).toBe("NOT_FOUND");
		const prices = await db
			.selectFrom("meal_prices")
			.select("price_cents")
			.where("meal_offer_id", "=", offerId)
			.execute();
		expect(prices).toEqual([{ price_cents: 80 }]);
	});
});
