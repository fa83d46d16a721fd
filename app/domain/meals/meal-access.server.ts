import type { Database } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import type { ChildRecord } from "#app/domain/families/families.repository.server.ts";

/**
 * The meal offer and the house that serve this child: an offer of the child's group, not
 * archived, served in a house where the child is enrolled on `day` (an enrolment that has
 * started and not ended). NOT_FOUND for an offer of another group; VALIDATION (`form:
 * meals.book.notServed`) when no house of the offer has the child that day.
 */
export async function servingHouse(
	trx: Database,
	child: Pick<ChildRecord, "id" | "group_id">,
	mealOfferId: string,
	day: string,
) {
	const offer = await trx
		.selectFrom("meal_offers")
		.select(["id", "name", "group_id"])
		.where("id", "=", mealOfferId)
		.where("group_id", "=", child.group_id)
		.where("archived_at", "is", null)
		.executeTakeFirst();
	if (!offer) throw new AppError("NOT_FOUND");
	const house = await trx
		.selectFrom("enrolments")
		.innerJoin("meal_offer_houses", "meal_offer_houses.house_id", "enrolments.house_id")
		.select("enrolments.house_id")
		.where("meal_offer_houses.meal_offer_id", "=", offer.id)
		.where("enrolments.child_id", "=", child.id)
		.where("enrolments.starts_on", "<=", day)
		.where((eb) => eb.or([eb("enrolments.ends_on", "is", null), eb("enrolments.ends_on", ">=", day)]))
		.orderBy("enrolments.starts_on")
		.executeTakeFirst();
	if (!house) throw new AppError("VALIDATION", { fieldErrors: { form: ["meals.book.notServed"] } });
	return { offer, houseId: house.house_id };
}

/**
 * The price label of a child: a price label applies when the child's school class contains
 * it, ignoring case (« maternelle » for « 2e maternelle »); '' (everyone's price) otherwise.
 */
export function priceLabelOf(schoolClass: string | null, labels: string[]): string {
	const schoolClassLower = (schoolClass ?? "").toLocaleLowerCase("fr");
	return labels.find((label) => label && schoolClassLower.includes(label.toLocaleLowerCase("fr"))) ?? "";
}
