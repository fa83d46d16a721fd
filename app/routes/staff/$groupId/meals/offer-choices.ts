/**
 * The intents of the forms of a meal offer's settings page: plain values, without zod, so the page
 * imports them without loading the forms' schemas (decision 042). The rules are in offer-forms.ts.
 */
export const offerIntents = { details: "save-details", price: "set-price", rules: "set-rules" } as const;
