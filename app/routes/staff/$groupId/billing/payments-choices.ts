/**
 * The intents of the forms of « Paiements »: plain values, without zod, so the page imports them
 * without loading the forms' schemas (those load on demand, decision 042). The rules are in
 * payments-forms.ts.
 */
export const paymentIntents = { import: "import-coda", match: "match-movement", ignore: "ignore-movement" } as const;
