import { z } from "zod";
import { isoDate } from "#app/domain/form-fields.ts";
import { closedDayReasons } from "#app/domain/meals/closed-days.ts";

/** « Fermer la maison ce jour-là »: the day and why (meals are not served then). */
export const closedDaySchema = z.object({
	day: isoDate("meals.validation.date"),
	reason: z.enum(closedDayReasons, { message: "meals.closedDays.reason" }),
});
