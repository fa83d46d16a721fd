import { z } from "zod";
import { closedDayReasons } from "#app/domain/meals/closed-days.ts";

/** « Fermer la maison ce jour-là »: the day and why (meals are not served then). */
export const closedDaySchema = z.object({
	day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "meals.validation.date"),
	reason: z.enum(closedDayReasons, { message: "meals.closedDays.reason" }),
});
