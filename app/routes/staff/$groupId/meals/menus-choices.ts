/**
 * The intents of the forms of the staff's « Menus » page: plain values, without zod, so the page
 * imports them without loading the forms' schemas (decision 042). The rules are in menus-forms.ts.
 */
export const menuIntents = { saveDay: "save-day", copyWeek: "copy-week", createOffer: "create-offer" } as const;
