/**
 * The `intent` values of the house's forms on a family's document: plain values, without zod, so
 * the page imports them without loading the forms' schemas (those load on demand, decision 042).
 * The rules are in review-input.ts.
 */
export const reviewIntents = { accept: "accept", refuse: "refuse" } as const;
