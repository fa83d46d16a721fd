/**
 * The `intent` values of the forms of « Documents publiés »: plain values, without zod, so pages
 * import them without loading the forms' schemas (those load on demand, decision 042). The
 * rules are in publication-forms.ts.
 */
export const publicationIntents = { withdraw: "withdraw", publish: "publish" } as const;
