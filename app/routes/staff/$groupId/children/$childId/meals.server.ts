import { data } from "react-router";
import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import { isIsoDay, isoDate } from "#app/domain/form-fields.ts";
import { bookMeals } from "#app/domain/meals/book-meals.server.ts";
import { cancelMeals } from "#app/domain/meals/cancel-meals.server.ts";
import { mondayOf } from "#app/domain/meals/deadlines.ts";
import { mealMonthSummary } from "#app/domain/meals/meal-month-summary.server.ts";
import { readMealWeek } from "#app/domain/meals/read-meal-week.server.ts";
import { dateInBrussels, now } from "#app/infra/clock.ts";
import { getLanguage } from "#app/infra/i18n.server.ts";
import { isId } from "#app/infra/ids.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { staffDossier } from "../../../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/meals";

/** A staff exception: one day, and why (kept in the audit log when past the deadline). */
export const staffMealSchema = z.object({
	mealOfferId: z.string().trim().min(1).max(64),
	day: isoDate("meals.validation.date"),
	reason: z.string().trim().max(300, "meals.staffChild.reasonTooLong").optional(),
});

/**
 * « Repas » of a child's dossier, staff side (issue 12 §5): the child's week of meals as the
 * parents see it; staff who may change the dossier book or cancel a day, past the deadlines
 * with a reason (audited).
 */
export async function loader(args: Route.LoaderArgs) {
	const dossier = await staffDossier(args);
	const search = documentUrl(args.request).searchParams;
	const week = search.get("week") ?? "";
	const offer = search.get("offer") ?? undefined;
	const meals = await readMealWeek(getDb(), {
		childId: dossier.child.id,
		mealOfferId: isId(offer) ? offer : undefined,
		week: isIsoDay(week) ? mondayOf(week) : mondayOf(dateInBrussels()),
		at: now(),
		language: getLanguage(args.context),
	});
	// The month of the week shown (of its Monday): what billing will invoice for this child.
	const month = meals.monday.slice(0, 7);
	return {
		basePath: dossier.basePath,
		canEdit: dossier.canEdit,
		monday: meals.monday,
		month,
		monthSummary: await mealMonthSummary(getDb(), {
			childId: dossier.child.id,
			month,
			language: getLanguage(args.context),
		}),
		offer: meals.offer ? { id: meals.offer.id, name: meals.offer.name, houseName: meals.offer.house_name } : null,
		offers: meals.offers.map((candidate) => ({
			id: candidate.id,
			name: candidate.name,
			houseName: candidate.house_name,
		})),
		days: meals.days.map((day) => ({
			day: day.day,
			closed: day.closed,
			status: day.booking?.status ?? null,
			priceCents: day.booking?.priceCents ?? day.priceCents,
			bookUntil: day.bookUntil,
			cancelUntil: day.cancelUntil,
			warnings: [...new Set(day.dishes.flatMap((dish) => dish.warnings))],
		})),
	};
}

/** « Réserver » or « Annuler » one day, by `intent`; back to the same week. */
export async function action(args: Route.ActionArgs) {
	const dossier = await staffDossier(args);
	if (!dossier.canEdit) throw data(null, { status: 403 });
	const formData = await readForm(args.request);
	const intent = formData.get("intent");
	if (intent !== "staff-book" && intent !== "staff-cancel") throw data(null, { status: 400 });
	return handleForm({
		request: args.request,
		formData,
		schema: staffMealSchema,
		run: async (values) => {
			const options = {
				db: getDb(),
				actor: dossier.actor,
				childId: dossier.child.id,
				mealOfferId: values.mealOfferId,
				days: [values.day],
				reason: values.reason,
			};
			if (intent === "staff-book") await bookMeals(options);
			else await cancelMeals(options);
			return redirectWithFlash(`${dossier.basePath}/meals?offer=${values.mealOfferId}&week=${mondayOf(values.day)}`, {
				message: intent === "staff-book" ? "meals.staffChild.booked" : "meals.staffChild.cancelled",
			});
		},
	});
}
