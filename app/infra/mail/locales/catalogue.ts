import type { MailTemplateName, MailTemplates } from "../templates.ts";

/** The variables of a template that hold a link: `url`, or a name ending in `Url`. */
export type LinkVariable<Data> = { [Key in keyof Data]: Key extends "url" | `${string}Url` ? Key : never }[keyof Data];

/**
 * One block of a mail's body: a paragraph (which may use the template's `{{variables}}`), or
 * a button to one of the template's links, shown with the raw URL under it.
 */
export type MailBlock<Data> = string | { link: LinkVariable<Data>; label: string };

/** The strings of every mail in one language. French is the reference (`typeof fr`). */
export type MailCatalogue = {
	common: {
		/** Uses `{{firstName}}`. */
		greeting: string;
		/** When the first name is unknown (an account made before it was asked). */
		greetingWithoutName: string;
		/** Above the raw URL, for clients that do not show the button. */
		linkFallback: string;
		closing: string;
		signature: string;
		/** The standard advice: never give personal data by phone or e-mail. */
		safety: string;
		automatic: string;
	};
	templates: { [Template in MailTemplateName]: { subject: string; body: MailBlock<MailTemplates[Template]>[] } };
};
