/**
 * Turns an outbox row's template and data into the mail's subject, plain-text part and HTML
 * part, in the recipient's language. Both parts say the same thing; the HTML one is plain,
 * inline-styled (mail clients ignore style sheets) and escapes every interpolated value.
 */
import { finishSentence } from "#app/locales/elision.ts";
import { defaultLanguage, isLanguage, type Language } from "#app/locales/languages.ts";
import type { MailBlock, MailListBlock } from "./locales/catalogue.ts";
import { de } from "./locales/de.ts";
import { en } from "./locales/en.ts";
import { fr } from "./locales/fr.ts";
import { nl } from "./locales/nl.ts";
import { type MailTemplateName, type MailTemplates, mailTemplateNames } from "./templates.ts";

export type RenderedMail = { subject: string; text: string; html: string };

export const mailCatalogues: Record<Language, typeof fr> = { fr, nl, de, en };

type Data = Record<string, unknown>;
type Block = MailBlock<Record<string, unknown>>;
type ListBlock = MailListBlock<Record<string, unknown>>;

const htmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, (character) => htmlEntities[character] ?? character);
}

export function isMailTemplateName(value: string): value is MailTemplateName {
	return (mailTemplateNames as readonly string[]).includes(value);
}

// A missing variable is a bug in the use case that enqueued the mail: fail loudly (the sender
// retries, then gives up and logs) rather than send "Bonjour {{firstName}}".
function interpolate(text: string, data: Data, encode: (value: string) => string): string {
	return text.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => {
		const value = data[name];
		if (typeof value !== "string") throw new Error(`mail variable ${name} is missing`);
		return encode(value);
	});
}

// Only web links: whatever ends up in the data, no `javascript:` or `data:` URL reaches a button.
function linkOf(data: Data, name: string): string {
	const value = data[name];
	if (typeof value !== "string" || !/^https?:\/\/\S+$/i.test(value)) throw new Error(`mail link ${name} is not a URL`);
	return value;
}

const styles = {
	body: "margin:0;padding:0;background-color:#f5f5f4;",
	frame:
		"max-width:600px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1c1917;",
	brand: "margin:0 0 16px;font-size:22px;font-weight:bold;color:#115e59;",
	card: "background-color:#ffffff;border:1px solid #e7e5e4;border-radius:8px;padding:24px;",
	paragraph: "margin:0 0 16px;",
	button:
		"display:inline-block;padding:12px 24px;background-color:#0f766e;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:6px;",
	fallback: "margin:0 0 16px;font-size:14px;color:#44403c;",
	rawLink: "color:#0f766e;word-break:break-all;",
	footer: "margin:16px 0 0;font-size:13px;color:#57534e;",
	list: "margin:0 0 16px;padding:0;list-style:none;",
	item: "margin:0 0 12px;padding:12px;border:1px solid #e7e5e4;border-radius:6px;",
	itemTitle: "color:#0f766e;font-weight:bold;",
	itemDetail: "margin:4px 0 0;font-size:14px;color:#44403c;",
};

function isListBlock(block: Block): block is ListBlock {
	return typeof block === "object" && "list" in block;
}

/** The entries of a list variable; a missing or malformed list is a bug in the use case. */
function itemsOf(data: Data, name: string): Data[] {
	const value = data[name];
	if (!Array.isArray(value) || !value.every((item) => item && typeof item === "object")) {
		throw new Error(`mail list ${name} is missing`);
	}
	return value as Data[];
}

/** Renders a mail in a language (French when the language is unknown). Throws on missing data. */
export function renderMail<Template extends MailTemplateName>(
	template: Template,
	language: string,
	data: MailTemplates[Template],
): RenderedMail {
	const lang: Language = isLanguage(language) ? language : defaultLanguage;
	const catalogue = mailCatalogues[lang];
	const { common } = catalogue;
	const { subject: subjectTemplate, body } = catalogue.templates[template] as { subject: string; body: Block[] };
	const values = data as Data;
	const firstName = typeof values.firstName === "string" ? values.firstName.trim() : "";
	const greeting = firstName ? common.greeting : common.greetingWithoutName;
	const context = { ...values, firstName };
	// Names and titles arrive as data: French elides around them once they are in (« d'Alain »).
	const fill = (text: string, encode: (value: string) => string) =>
		finishSentence(lang, interpolate(text, context, encode));
	// A value written on several lines (a list of changes) keeps its lines in HTML.
	const escapeLines = (value: string) => escapeHtml(value).replace(/\r?\n/g, "<br>");

	const text: string[] = [fill(greeting, String)];
	const html: string[] = [`<p style="${styles.paragraph}">${fill(escapeHtml(greeting), escapeHtml)}</p>`];
	for (const block of body) {
		if (isListBlock(block)) {
			const entries = itemsOf(context, block.list as string).map((item) => {
				// Counts take part in the sentence as text; the plural form is chosen by number.
				const values = { ...item, count: String(item.count) };
				// The same encoding for the catalogue's text and the values: none in text, HTML in HTML.
				const lines = (encode: (value: string) => string) => ({
					title: finishSentence(lang, interpolate(encode(block.title), values, encode)),
					detail: finishSentence(
						lang,
						interpolate(encode(item.count === 1 ? block.detail.one : block.detail.other), values, encode),
					),
					quote: finishSentence(lang, interpolate(encode(block.quote), values, encode)),
				});
				return { url: linkOf(item, "url"), text: lines(String), html: lines(escapeHtml) };
			});
			for (const entry of entries)
				text.push(`• ${entry.text.title}\n  ${entry.text.detail}\n  ${entry.text.quote}\n  ${entry.url}`);
			html.push(
				`<ul style="${styles.list}">`,
				...entries.map(
					(entry) =>
						`<li style="${styles.item}"><a href="${escapeHtml(entry.url)}" style="${styles.itemTitle}">${entry.html.title}</a>` +
						`<p style="${styles.itemDetail}">${entry.html.detail}</p><p style="${styles.itemDetail}">${entry.html.quote}</p></li>`,
				),
				"</ul>",
			);
			continue;
		}
		if (typeof block === "string") {
			text.push(fill(block, String));
			html.push(`<p style="${styles.paragraph}">${fill(escapeHtml(block), escapeLines)}</p>`);
			continue;
		}
		const url = linkOf(context, block.link as string);
		const href = escapeHtml(url);
		text.push(`${block.label}\n${url}`);
		html.push(
			`<p style="margin:24px 0;"><a href="${href}" style="${styles.button}">${escapeHtml(block.label)}</a></p>`,
			`<p style="${styles.fallback}">${escapeHtml(common.linkFallback)}<br><a href="${href}" style="${styles.rawLink}">${href}</a></p>`,
		);
	}
	text.push(`${common.closing}\n${common.signature}`, `-- \n${common.safety}\n${common.automatic}`);
	html.push(`<p style="margin:24px 0 0;">${escapeHtml(common.closing)}<br>${escapeHtml(common.signature)}</p>`);

	// Subjects may name things too ("Invitation à rejoindre {{groupName}}"); headers are plain text.
	const subject = fill(subjectTemplate, (value) => value.replace(/[\r\n]+/g, " "));
	const title = escapeHtml(subject);
	const document = [
		"<!DOCTYPE html>",
		`<html lang="${lang}" dir="ltr">`,
		'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
		`<meta name="color-scheme" content="light"><title>${title}</title></head>`,
		`<body style="${styles.body}">`,
		`<div role="article" aria-roledescription="email" aria-label="${title}" lang="${lang}" style="${styles.frame}">`,
		`<p style="${styles.brand}">Ribambelle</p>`,
		`<div style="${styles.card}">`,
		...html,
		"</div>",
		`<p style="${styles.footer}">${escapeHtml(common.safety)}</p>`,
		`<p style="${styles.footer}">${escapeHtml(common.automatic)}</p>`,
		"</div>",
		"</body>",
		"</html>",
	];
	return { subject, text: `${text.join("\n\n")}\n`, html: `${document.join("\n")}\n` };
}
