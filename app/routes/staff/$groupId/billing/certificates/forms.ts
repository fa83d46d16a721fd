/** The intents of the forms of « Attestations fiscales », shared by the page and its action. */
export const certificateIntents = {
	issue: "issue-certificates",
	cap: "save-cap",
	authority: "save-authority",
	signature: "save-signature",
	removeSignature: "remove-signature",
} as const;
