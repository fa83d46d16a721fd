/**
 * The `intent` values of the forms of « Messages »: plain values, without zod, so pages import
 * them without loading the forms' schemas (those load on demand, decision 042). The rules are in
 * message-forms.ts.
 */
export const messageIntents = {
	reply: "reply",
	note: "note",
	assign: "assign",
	done: "done",
	reopen: "reopen",
	createTemplate: "create-template",
	deleteTemplate: "delete-template",
	broadcast: "broadcast",
} as const;
