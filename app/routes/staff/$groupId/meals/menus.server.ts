import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { isIsoDay } from "#app/domain/form-fields.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { parseAllergens } from "#app/domain/meals/allergens.ts";
import { copyMealWeek } from "#app/domain/meals/copy-meal-week.server.ts";
import { mondayOf } from "#app/domain/meals/deadlines.ts";
import { mealCourses } from "#app/domain/meals/meal-offer-choices.ts";
import { createMealOffer, saveMealMenu } from "#app/domain/meals/save-meal-offer.server.ts";
import { addDays, dateInBrussels } from "#app/infra/clock.ts";
import { getLanguage } from "#app/infra/i18n.server.ts";
import { isId } from "#app/infra/ids.ts";
import { pluralKey } from "#app/infra/intl.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/menus";
import { menuIntents } from "./menus-choices.ts";
import { copyWeekSchema, createOfferSchema, saveDaySchema } from "./menus-forms.ts";

/**
 * « Menus »: the meal offers the member writes the menus of, and one week of the chosen one
 * (`?offer=&week=`), each day's dishes with their allergens; group admins also get the houses
 * for a new offer.
 */
export async function loader(args: Route.LoaderArgs) {
	const staff = await requireStaff(args.request, args.context, args.params.groupId);
	const db = getDb();
	const search = documentUrl(args.request).searchParams;
	const requestedWeek = search.get("week") ?? "";
	const monday = mondayOf(isIsoDay(requestedWeek) ? requestedWeek : dateInBrussels());
	let offersQuery = db
		.selectFrom("meal_offers")
		.select(["meal_offers.id", "meal_offers.name"])
		.where("meal_offers.group_id", "=", staff.group.id)
		.where("meal_offers.archived_at", "is", null)
		.orderBy("meal_offers.name");
	if (!isGroupAdmin(staff.access)) {
		offersQuery = offersQuery.where("meal_offers.id", "in", (sub) =>
			sub
				.selectFrom("meal_offer_houses")
				.select("meal_offer_id")
				.where("house_id", "in", staff.access.houseIds?.length ? staff.access.houseIds : [""]),
		);
	}
	const offers = await offersQuery.execute();
	const requestedOffer = search.get("offer") ?? undefined;
	const requested = isId(requestedOffer) ? offers.find((candidate) => candidate.id === requestedOffer) : undefined;
	// A meal out of the member's houses is not found; readers (animators) write no menus.
	if (isId(requestedOffer) && !requested) throw data(null, { status: 404 });
	if (staff.access.role === "reader") throw data(null, { status: 403 });
	const offer = requested ?? offers[0] ?? null;
	const dishes = offer
		? await db
				.selectFrom("meal_dishes")
				.select(["day", "course", "name", "allergens"])
				.where("meal_offer_id", "=", offer.id)
				.where("day", ">=", monday)
				.where("day", "<=", addDays(monday, 4))
				.execute()
		: [];
	const houses = isGroupAdmin(staff.access)
		? await db
				.selectFrom("houses")
				.select(["id", "name"])
				.where("group_id", "=", staff.group.id)
				.where("archived_at", "is", null)
				.orderBy("name")
				.execute()
		: [];
	return {
		group: staff.group,
		monday,
		offers,
		offer,
		canCreate: isGroupAdmin(staff.access),
		houses,
		days: [0, 1, 2, 3, 4].map((index) => {
			const day = addDays(monday, index);
			return {
				day,
				dishes: Object.fromEntries(
					mealCourses.map((course) => {
						const dish = dishes.find((candidate) => candidate.day === day && candidate.course === course);
						return [course, { name: dish?.name ?? "", allergens: parseAllergens(dish?.allergens) }];
					}),
				),
			};
		}),
	};
}

const menusAddress = (groupId: string, offerId: string, day: string) =>
	`/staff/${groupId}/meals/menus?offer=${offerId}&week=${mondayOf(day)}`;

/** Save one day's menu, copy the week before, or create an offer (group admins), by `intent`. */
export async function action(args: Route.ActionArgs) {
	// The use cases say who may: NOT_FOUND out of reach, then FORBIDDEN for readers.
	const staff = await requireStaff(args.request, args.context, args.params.groupId);
	const db = getDb();
	const formData = await readForm(args.request);
	switch (formData.get("intent")) {
		case menuIntents.saveDay:
			return handleForm({
				request: args.request,
				formData,
				schema: saveDaySchema,
				run: async (values) => {
					const dishes = mealCourses.flatMap((course) => {
						const dish = values[course];
						return dish?.name ? [{ course, name: dish.name, allergens: dish.allergens ?? [] }] : [];
					});
					await saveMealMenu({
						db,
						actor: staff.actor,
						mealOfferId: values.mealOfferId,
						input: { day: values.day, dishes },
					});
					return redirectWithFlash(menusAddress(staff.group.id, values.mealOfferId, values.day), {
						message: "meals.menus.saved",
						values: { date: values.day.split("-").reverse().join("/") },
					});
				},
			});
		case menuIntents.copyWeek:
			return handleForm({
				request: args.request,
				formData,
				schema: copyWeekSchema,
				run: async (values) => {
					const { days } = await copyMealWeek({
						db,
						actor: staff.actor,
						mealOfferId: values.mealOfferId,
						week: values.week,
						cycle: values.cycle,
						weeks: values.weeks,
					});
					if (days === 0) throw new AppError("CONFLICT", { fieldErrors: { form: ["meals.menus.nothingToCopy"] } });
					return redirectWithFlash(menusAddress(staff.group.id, values.mealOfferId, values.week), {
						message: pluralKey("meals.menus.copied", days, getLanguage(args.context)),
						values: { count: String(days) },
					});
				},
			});
		case menuIntents.createOffer:
			return handleForm({
				request: args.request,
				formData,
				schema: createOfferSchema,
				run: async (values) => {
					const { price, ...rest } = values;
					const { mealOfferId } = await createMealOffer({
						db,
						actor: staff.actor,
						input: { ...rest, priceCents: price },
					});
					return redirectWithFlash(menusAddress(staff.group.id, mealOfferId, values.validFrom), {
						message: "meals.menus.created",
						values: { name: values.name },
					});
				},
			});
		default:
			throw data(null, { status: 400 });
	}
}
