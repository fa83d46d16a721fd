import { type Database, withTransaction } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { translationValue } from "#app/domain/offers/staff-translations.ts";
import { dateInBrussels, nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { parseInput } from "../validation.ts";
import { classLabelsOf } from "./meal-audience.ts";
import {
	type MealOfferDetailsInput,
	type MealPriceInput,
	type MealRulesInput,
	mealOfferDetailsSchema,
	mealPriceSchema,
	mealRulesColumns,
	mealRulesSchema,
} from "./meal-offer-input.ts";
import { mealOfferForMenus, servingHouses } from "./save-meal-offer.server.ts";

/**
 * A meal offer with every version of its prices and rules, newest first, for its settings page.
 * Group admins, and house managers of a house that serves it (who read only).
 *
 * @throws AppError NOT_FOUND out of reach (another group, none of the member's houses);
 *   FORBIDDEN for readers.
 */
export async function readMealOfferSettings(db: Database, actor: StaffActor, mealOfferId: string) {
	const { id } = await mealOfferForMenus(db, actor, mealOfferId);
	const [offer, houses, prices, rules] = await Promise.all([
		db
			.selectFrom("meal_offers")
			.select(["id", "name", "name_nl", "name_de", "name_en", "class_labels", "min_age_years", "max_age_years"])
			.where("id", "=", id)
			.executeTakeFirstOrThrow(),
		db.selectFrom("meal_offer_houses").select("house_id").where("meal_offer_id", "=", id).execute(),
		db
			.selectFrom("meal_prices")
			.select(["label", "valid_from", "price_cents"])
			.where("meal_offer_id", "=", id)
			.orderBy("valid_from", "desc")
			.orderBy("label")
			.execute(),
		db.selectFrom("meal_rules").selectAll().where("meal_offer_id", "=", id).orderBy("valid_from", "desc").execute(),
	]);
	return { offer, houseIds: houses.map((house) => house.house_id), prices, rules, today: dateInBrussels() };
}

/** A group admin's offer of the group (locked in the transaction), or the matching error. */
async function offerToChange(trx: Database, actor: StaffActor, mealOfferId: string) {
	if (!isGroupAdmin(actor.access)) {
		// Out of reach first (NOT_FOUND), then not allowed (FORBIDDEN), as everywhere.
		await mealOfferForMenus(trx, actor, mealOfferId);
		throw new AppError("FORBIDDEN");
	}
	const offer = await trx
		.selectFrom("meal_offers")
		.select(["id", "name"])
		.where("id", "=", mealOfferId)
		.where("group_id", "=", actor.access.groupId)
		.executeTakeFirst();
	if (!offer) throw new AppError("NOT_FOUND");
	return offer;
}

/** A version starts today or later (Brussels): what was booked keeps the price and rules it had. */
function assertNotPast(validFrom: string) {
	if (validFrom < dateInBrussels()) {
		throw new AppError("VALIDATION", { fieldErrors: { validFrom: ["meals.validation.pastVersion"] } });
	}
}

/**
 * Renames a meal offer (French, with optional Dutch, German and English names shown to families
 * in their language), sets the houses that serve it and who it is for (school-class labels,
 * ages: `isInMealAudience`). A house taken off keeps the bookings
 * already made there; no new ones can be made. Group admins only; audited `meal.offer.updated`.
 *
 * @throws AppError NOT_FOUND, FORBIDDEN (not a group admin); VALIDATION on the fields of
 *   `mealOfferDetailsSchema`, `houseIds: meals.validation.houses` for a house of another group
 *   or archived (an archived house that serves the offer already may stay).
 */
export async function updateMealOffer(options: {
	db: Database;
	actor: StaffActor;
	mealOfferId: string;
	input: MealOfferDetailsInput;
}): Promise<void> {
	const { db, actor } = options;
	const input = parseInput(mealOfferDetailsSchema, options.input);
	await withTransaction(db, async (trx) => {
		const offer = await offerToChange(trx, actor, options.mealOfferId);
		const servingNow = await trx
			.selectFrom("meal_offer_houses")
			.select("house_id")
			.where("meal_offer_id", "=", offer.id)
			.execute();
		const houses = await servingHouses(
			trx,
			actor,
			input.houseIds,
			servingNow.map((row) => row.house_id),
		);
		await trx
			.updateTable("meal_offers")
			.set({
				name: input.name,
				name_nl: translationValue(input.nameNl),
				name_de: translationValue(input.nameDe),
				name_en: translationValue(input.nameEn),
				class_labels: classLabelsOf(input.classLabels).join(", "),
				min_age_years: input.minAgeYears ?? null,
				max_age_years: input.maxAgeYears ?? null,
				updated_at: nowIso(),
			})
			.where("id", "=", offer.id)
			.execute();
		await trx.deleteFrom("meal_offer_houses").where("meal_offer_id", "=", offer.id).execute();
		await trx
			.insertInto("meal_offer_houses")
			.values(houses.map((house) => ({ meal_offer_id: offer.id, house_id: house.id })))
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "meal.offer.updated",
			ipAddress: actor.ipAddress,
			details: { mealOfferId: offer.id, title: input.name },
		});
	});
}

/**
 * Sets the price in cents of an offer from `validFrom` (today or later, Brussels), for everyone
 * or for a school-class label; a version of the same label and date is replaced. Bookings keep
 * the price they were made at (decision 030). Group admins only; audited `meal.price.set`.
 *
 * @throws AppError NOT_FOUND, FORBIDDEN (not a group admin); VALIDATION on the fields of
 *   `mealPriceSchema`, `validFrom: meals.validation.pastVersion` before today.
 */
export async function setMealPrice(options: {
	db: Database;
	actor: StaffActor;
	mealOfferId: string;
	input: MealPriceInput;
}): Promise<void> {
	const { db, actor } = options;
	const input = parseInput(mealPriceSchema, options.input);
	assertNotPast(input.validFrom);
	await withTransaction(db, async (trx) => {
		const offer = await offerToChange(trx, actor, options.mealOfferId);
		const at = nowIso();
		await trx
			.insertInto("meal_prices")
			.values({
				id: newId(),
				meal_offer_id: offer.id,
				label: input.label,
				valid_from: input.validFrom,
				price_cents: input.priceCents,
				created_by_user_id: actor.userId,
				created_at: at,
			})
			.onConflict((conflict) =>
				conflict.columns(["meal_offer_id", "label", "valid_from"]).doUpdateSet({
					price_cents: input.priceCents,
					created_by_user_id: actor.userId,
					created_at: at,
				}),
			)
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "meal.price.set",
			ipAddress: actor.ipAddress,
			details: {
				mealOfferId: offer.id,
				title: offer.name,
				label: input.label,
				startsOn: input.validFrom,
				amountCents: input.priceCents,
			},
		});
	});
}

/**
 * Sets the booking and cancellation deadlines and the sick-cancellation hour of an offer from
 * `validFrom` (today or later, Brussels); a version of the same date is replaced. A day follows
 * the latest version not after it (decision 030). Group admins only; audited `meal.rules.set`.
 *
 * @throws AppError NOT_FOUND, FORBIDDEN (not a group admin); VALIDATION on the fields of
 *   `mealRulesSchema`, `validFrom: meals.validation.pastVersion` before today.
 */
export async function setMealRules(options: {
	db: Database;
	actor: StaffActor;
	mealOfferId: string;
	input: MealRulesInput;
}): Promise<void> {
	const { db, actor } = options;
	const { validFrom, ...rules } = parseInput(mealRulesSchema, options.input);
	assertNotPast(validFrom);
	await withTransaction(db, async (trx) => {
		const offer = await offerToChange(trx, actor, options.mealOfferId);
		const at = nowIso();
		const columns = mealRulesColumns(rules);
		await trx
			.insertInto("meal_rules")
			.values({
				id: newId(),
				meal_offer_id: offer.id,
				valid_from: validFrom,
				...columns,
				created_by_user_id: actor.userId,
				created_at: at,
			})
			.onConflict((conflict) =>
				conflict
					.columns(["meal_offer_id", "valid_from"])
					.doUpdateSet({ ...columns, created_by_user_id: actor.userId, created_at: at }),
			)
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "meal.rules.set",
			ipAddress: actor.ipAddress,
			details: { mealOfferId: offer.id, title: offer.name, startsOn: validFrom },
		});
	});
}
