/**
 * How far back « Copier les menus » takes its menus (issue 12 §2): the week before (1), or a
 * cycle of 4, 5 or 6 weeks of menus that repeats.
 */
export const mealCycleWeeks = [1, 4, 5, 6] as const;
export type MealCycleWeeks = (typeof mealCycleWeeks)[number];
