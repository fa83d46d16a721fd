/** The forms of « Repas », shared by the browser and the action. */
import { z } from "zod";
import { isoDate } from "#app/domain/form-fields.ts";

const day = isoDate("meals.book.invalidDays");
const id = z.string().trim().min(1).max(64);

/** « Inscrire mon enfant » for the ticked days. */
const vegetarian = z.literal("on").optional();

export const bookDaysSchema = z.object({
	mealOfferId: id,
	vegetarian,
	days: z.array(day, { message: "meals.book.invalidDays" }).min(1, "meals.book.invalidDays").max(120),
});

/** « Réserver toute la semaine »: every day of the week that can still be booked. */
export const bookWeekSchema = z.object({ mealOfferId: id, week: day, vegetarian });

/** « Tous les lundis et jeudis » from a date until another. */
export const patternSchema = z
	.object({
		mealOfferId: id,
		vegetarian,
		weekdays: z
			.array(z.coerce.number().int().min(1).max(5), { message: "meals.pattern.weekdays" })
			.min(1, "meals.pattern.weekdays"),
		from: day,
		until: day,
	})
	.refine((values) => values.until >= values.from, { path: ["until"], message: "meals.pattern.untilBeforeFrom" });

/** « Annuler » a booked day, or « Enfant malade » on the morning itself. */
export const cancelDaySchema = z.object({ mealOfferId: id, day });
