/**
 * The intents of the « Stages » and « Activités » forms. Kept apart from their schemas so the
 * cards, which only name the intents, do not bring zod into those pages (decision 027).
 */
export const catalogueIntents = { register: "register", cancel: "cancel" } as const;
