import type { Database } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import type { ChildRecord } from "#app/domain/families/families.repository.server.ts";
import { isForEveryone, isInMealAudience } from "./meal-audience.ts";

/** The birth date and school class of a child, as `isInMealAudience` reads them. */
export async function mealAudienceChild(trx: Database, childId: string) {
	const row = await trx
		.selectFrom("children")
		.leftJoin("child_supplementary", "child_supplementary.child_id", "children.id")
		.select(["children.birth_date", "child_supplementary.school_class"])
		.where("children.id", "=", childId)
		.executeTakeFirst();
	return { birthDate: row?.birth_date ?? null, schoolClass: row?.school_class ?? null };
}

/**
 * The meal offer and the house that serve this child: an offer of the child's group, not
 * archived, served in a house where the child is enrolled on `day` (an enrolment that has
 * started and not ended), and for children of that class and age (`isInMealAudience`).
 * NOT_FOUND for an offer of another group; VALIDATION (`form: meals.book.notServed`) when no
 * house of the offer has the child that day, (`form: meals.book.notForChild`) when the offer is
 * for other classes or ages.
 */
export async function servingHouse(
	trx: Database,
	child: Pick<ChildRecord, "id" | "group_id">,
	mealOfferId: string,
	day: string,
) {
	const offer = await trx
		.selectFrom("meal_offers")
		.select(["id", "name", "group_id", "class_labels", "min_age_years", "max_age_years"])
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
	if (!isForEveryone(offer) && !isInMealAudience(offer, await mealAudienceChild(trx, child.id), day)) {
		throw new AppError("VALIDATION", { fieldErrors: { form: ["meals.book.notForChild"] } });
	}
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
