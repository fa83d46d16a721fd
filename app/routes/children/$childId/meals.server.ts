import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { isIsoDay } from "#app/domain/form-fields.ts";
import { bookMeals } from "#app/domain/meals/book-meals.server.ts";
import { patternDays } from "#app/domain/meals/booking-pattern.ts";
import { cancelMeals } from "#app/domain/meals/cancel-meals.server.ts";
import { mondayOf } from "#app/domain/meals/deadlines.ts";
import { servingHouse } from "#app/domain/meals/meal-access.server.ts";
import { mealMonthSummary } from "#app/domain/meals/meal-month-summary.server.ts";
import { houseCalendar } from "#app/domain/meals/meal-rules.repository.server.ts";
import { readMealWeek } from "#app/domain/meals/read-meal-week.server.ts";
import { dateInBrussels, now } from "#app/infra/clock.ts";
import { getLanguage } from "#app/infra/i18n.server.ts";
import { isId } from "#app/infra/ids.ts";
import { pluralKey } from "#app/infra/intl.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { guardianDossier } from "../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/meals";
import { mealIntents } from "./meals-choices.ts";
import { bookDaysSchema, bookWeekSchema, cancelDaySchema, patternSchema } from "./meals-forms.ts";

/** `?week=` (any day of it; this week when absent or malformed) and `?offer=`. */
function choiceOf(request: Request) {
	const search = documentUrl(request).searchParams;
	const week = search.get("week") ?? "";
	const offer = search.get("offer") ?? undefined;
	return {
		week: isIsoDay(week) ? mondayOf(week) : mondayOf(dateInBrussels()),
		mealOfferId: isId(offer) ? offer : undefined,
	};
}

/**
 * « Repas »: the meal offers that serve the child, and a week of the chosen one — each day's
 * menu with allergens and warnings for the child's declared allergies, prices, the child's
 * bookings and what the parent may still do.
 */
export async function loader(args: Route.LoaderArgs) {
	const { child } = await guardianDossier(args);
	const choice = choiceOf(args.request);
	const week = await readMealWeek(getDb(), {
		childId: child.id,
		mealOfferId: choice.mealOfferId,
		week: choice.week,
		at: now(),
		language: getLanguage(args.context),
	});
	// The month of the week shown (of its Monday).
	const month = week.monday.slice(0, 7);
	return {
		child: { id: child.id, firstName: child.first_name || child.last_name },
		today: dateInBrussels(),
		month,
		monthSummary: await mealMonthSummary(getDb(), { childId: child.id, month, language: getLanguage(args.context) }),
		...week,
		offer: week.offer ? { id: week.offer.id, name: week.offer.name, houseName: week.offer.house_name } : null,
		offers: week.offers.map((offer) => ({ id: offer.id, name: offer.name, houseName: offer.house_name })),
	};
}

/**
 * « 3 repas réservés pour Nino. »: flash values are strings, so the plural form is chosen here,
 * by the rules of the page's language (CLDR: « one » and « other » in our four languages).
 */
function bookedFlash(language: string, childName: string, count: number) {
	return { message: pluralKey("meals.page.booked", count, language), values: { childName, count: String(count) } };
}

/** Back to the same week of the same offer. */
function weekAddress(childId: string, mealOfferId: string, day: string): string {
	return `/children/${childId}/meals?offer=${mealOfferId}&week=${mondayOf(day)}`;
}

/** « Inscrire mon enfant » (days, week, pattern), « Annuler » and « Enfant malade », by `intent`. */
export async function action(args: Route.ActionArgs) {
	const { actor, child } = await guardianDossier(args);
	const db = getDb();
	const formData = await readForm(args.request);
	const childName = child.first_name || child.last_name;
	const base = { db, actor, childId: child.id };
	/** Books the days, then back to the week of `shownDay` with « N repas réservés ». */
	const book = async (values: { mealOfferId: string; vegetarian?: "on" }, days: string[], shownDay: string) => {
		const result = await bookMeals({
			...base,
			mealOfferId: values.mealOfferId,
			days,
			vegetarian: values.vegetarian === "on",
		});
		return redirectWithFlash(
			weekAddress(child.id, values.mealOfferId, shownDay),
			bookedFlash(getLanguage(args.context), childName, result.booked.length),
		);
	};
	switch (formData.get("intent")) {
		case mealIntents.book:
			return handleForm({
				request: args.request,
				formData,
				schema: bookDaysSchema,
				run: async (values) => {
					return book(values, values.days, values.days[0] as string);
				},
			});
		case mealIntents.bookWeek:
			return handleForm({
				request: args.request,
				formData,
				schema: bookWeekSchema,
				run: async (values) => {
					const week = await readMealWeek(db, {
						childId: child.id,
						mealOfferId: values.mealOfferId,
						week: values.week,
						at: now(),
						language: getLanguage(args.context),
					});
					const days = week.days.filter((day) => day.canBook).map((day) => day.day);
					if (week.offer?.id !== values.mealOfferId) throw new AppError("NOT_FOUND");
					if (days.length === 0) {
						throw new AppError("CONFLICT", { fieldErrors: { form: ["meals.page.nothingToBook"] } });
					}
					return book(values, days, values.week);
				},
			});
		case mealIntents.pattern:
			return handleForm({
				request: args.request,
				formData,
				schema: patternSchema,
				run: async (values) => {
					const { houseId } = await servingHouse(db, child, values.mealOfferId, values.from);
					const calendar = await houseCalendar(db, houseId, values.from, values.until);
					const days = patternDays({ ...values, isServed: calendar.isServed });
					if (days.length === 0) {
						throw new AppError("VALIDATION", { fieldErrors: { until: ["meals.pattern.noDays"] } });
					}
					return book(values, days, values.from);
				},
			});
		case mealIntents.cancel:
		case mealIntents.sick: {
			const sick = formData.get("intent") === mealIntents.sick;
			return handleForm({
				request: args.request,
				formData,
				schema: cancelDaySchema,
				run: async (values) => {
					await cancelMeals({ ...base, mealOfferId: values.mealOfferId, days: [values.day], sick });
					return redirectWithFlash(weekAddress(child.id, values.mealOfferId, values.day), {
						message: sick ? "meals.page.sickCancelled" : "meals.page.cancelled",
						values: { childName },
					});
				},
			});
		}
		default:
			throw data(null, { status: 400 });
	}
}
