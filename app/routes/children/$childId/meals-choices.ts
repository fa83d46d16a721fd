/**
 * The `intent` values of the forms of « Repas »: plain values, without zod, so the page imports
 * them without loading the forms' schemas (decision 042). The rules are in meals-forms.ts.
 */
export const mealIntents = {
	book: "book",
	bookWeek: "book-week",
	pattern: "pattern",
	cancel: "cancel",
	sick: "sick",
} as const;
