import type { MailTemplateName, MailTemplates } from "../templates.ts";

/** The variables of a template that hold a link: `url`, or a name ending in `Url`. */
export type LinkVariable<Data> = { [Key in keyof Data]: Key extends "url" | `${string}Url` ? Key : never }[keyof Data];

/** One entry of a list in a mail: its own `{{variables}}`, a link and a count for plurals. */
export type MailListItem = { url: string; count: number };

/** The variables of a template that hold a list of entries (a digest's threads). */
export type ListVariable<Data> = {
	[Key in keyof Data]: Data[Key] extends readonly MailListItem[] ? Key : never;
}[keyof Data];

/**
 * A list block: per entry a linked `title`, a `detail` line (singular or plural after the
 * entry's `count`) and a `quote` line, each using the entry's `{{variables}}`.
 */
export type MailListBlock<Data> = {
	list: ListVariable<Data>;
	title: string;
	detail: { one: string; other: string };
	quote: string;
};

/**
 * One block of a mail's body: a paragraph (which may use the template's `{{variables}}`), a
 * button to one of the template's links, shown with the raw URL under it, or a list.
 */
export type MailBlock<Data> = string | { link: LinkVariable<Data>; label: string } | MailListBlock<Data>;

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
