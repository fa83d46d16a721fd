/** The `intent` of the form in « Mes données », beside the profile form (without zod, decision 042). */
export const messageMailIntent = "message-mail";
