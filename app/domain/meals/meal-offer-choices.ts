/**
 * The courses of a day's menu: a plain value, without zod, so pages import it without loading
 * the forms' schemas (those load on demand, decision 042). The rules are in meal-offer-input.ts.
 */
export const mealCourses = ["starter", "main", "dessert", "vegetarian"] as const;
