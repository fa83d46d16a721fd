import { type Database, withTransaction } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { parseInput } from "../validation.ts";
import { storedAllergens } from "./allergens.ts";
import {
	type MealMenuInput,
	type MealOfferInput,
	mealMenuSchema,
	mealOfferSchema,
	mealRulesColumns,
} from "./meal-offer-input.ts";

/**
 * Creates a meal offer served in some houses of the actor's group, with its price for everyone
 * (cents) and its first version of rules, both in effect from `validFrom`. Group admins only.
 *
 * @throws AppError FORBIDDEN (not a group admin); VALIDATION on the fields of `mealOfferSchema`,
 *   `houseIds: meals.validation.houses` for a house of another group or archived.
 */
export async function createMealOffer(options: {
	db: Database;
	actor: StaffActor;
	input: MealOfferInput;
}): Promise<{ mealOfferId: string }> {
	const { db, actor } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const input = parseInput(mealOfferSchema, options.input);
	return withTransaction(db, async (trx) => {
		const houses = await servingHouses(trx, actor, input.houseIds);
		const at = nowIso();
		const mealOfferId = newId();
		await trx
			.insertInto("meal_offers")
			.values({
				id: mealOfferId,
				group_id: actor.access.groupId,
				name: input.name,
				name_nl: null,
				name_de: null,
				name_en: null,
				created_at: at,
				updated_at: at,
			})
			.execute();
		await trx
			.insertInto("meal_offer_houses")
			.values(houses.map((house) => ({ meal_offer_id: mealOfferId, house_id: house.id })))
			.execute();
		await trx
			.insertInto("meal_prices")
			.values({
				id: newId(),
				meal_offer_id: mealOfferId,
				label: "",
				valid_from: input.validFrom,
				price_cents: input.priceCents,
				created_by_user_id: actor.userId,
				created_at: at,
			})
			.execute();
		await trx
			.insertInto("meal_rules")
			.values({
				id: newId(),
				meal_offer_id: mealOfferId,
				valid_from: input.validFrom,
				...mealRulesColumns(input),
				created_by_user_id: actor.userId,
				created_at: at,
			})
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "meal.offer.created",
			ipAddress: actor.ipAddress,
			details: { mealOfferId, title: input.name },
		});
		return { mealOfferId };
	});
}

/**
 * The houses of `houseIds`, each one of the actor's group and open, or archived but among
 * `servingNow` (the houses that serve the offer already: its settings page shows them ticked,
 * and saving the page as shown keeps them).
 *
 * @throws AppError VALIDATION `houseIds: meals.validation.houses` when one is not.
 */
export async function servingHouses(trx: Database, actor: StaffActor, houseIds: string[], servingNow: string[] = []) {
	const houses = await trx
		.selectFrom("houses")
		.select("id")
		.where("group_id", "=", actor.access.groupId)
		.where((eb) =>
			servingNow.length > 0
				? eb.or([eb("archived_at", "is", null), eb("id", "in", servingNow)])
				: eb("archived_at", "is", null),
		)
		.where("id", "in", houseIds)
		.execute();
	if (houses.length !== new Set(houseIds).size) {
		throw new AppError("VALIDATION", { fieldErrors: { houseIds: ["meals.validation.houses"] } });
	}
	return houses;
}

/**
 * Writes the menu of one day of a meal offer: one dish per course, each with its allergen codes
 * (Annex II), replacing that day's menu. Group admins, and house managers of a house that
 * serves the offer.
 *
 * @throws AppError NOT_FOUND (an offer of another group, or not served in the manager's houses);
 *   FORBIDDEN (readers); VALIDATION on the fields of `mealMenuSchema`.
 */
export async function saveMealMenu(options: {
	db: Database;
	actor: StaffActor;
	mealOfferId: string;
	input: MealMenuInput;
}): Promise<void> {
	const { db, actor } = options;
	const input = parseInput(mealMenuSchema, options.input);
	await withTransaction(db, async (trx) => {
		const offer = await mealOfferForMenus(trx, actor, options.mealOfferId);
		await trx.deleteFrom("meal_dishes").where("meal_offer_id", "=", offer.id).where("day", "=", input.day).execute();
		const at = nowIso();
		if (input.dishes.length > 0) {
			await trx
				.insertInto("meal_dishes")
				.values(
					input.dishes.map((dish) => ({
						id: newId(),
						meal_offer_id: offer.id,
						day: input.day,
						course: dish.course,
						name: dish.name,
						allergens: storedAllergens(dish.allergens),
						updated_at: at,
					})),
				)
				.execute();
		}
	});
}

/**
 * A meal offer whose menus the member may write: group admins for every offer of the group,
 * house managers for the offers served in one of their houses.
 *
 * @throws AppError NOT_FOUND out of reach (another group, or none of the member's houses);
 *   FORBIDDEN for readers of a house that serves it.
 */
export async function mealOfferForMenus(trx: Database, actor: StaffActor, mealOfferId: string) {
	let query = trx
		.selectFrom("meal_offers")
		.select(["meal_offers.id", "meal_offers.name"])
		.where("meal_offers.id", "=", mealOfferId)
		.where("meal_offers.group_id", "=", actor.access.groupId);
	if (!isGroupAdmin(actor.access)) {
		query = query.where("meal_offers.id", "in", (sub) =>
			sub
				.selectFrom("meal_offer_houses")
				.select("meal_offer_id")
				.where("house_id", "in", actor.access.houseIds?.length ? actor.access.houseIds : [""]),
		);
	}
	const offer = await query.executeTakeFirst();
	if (!offer) throw new AppError("NOT_FOUND");
	if (actor.access.role === "reader") throw new AppError("FORBIDDEN");
	return offer;
}
