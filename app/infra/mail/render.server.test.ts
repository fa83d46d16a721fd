import { describe, expect, it } from "vitest";
import { languages } from "#app/locales/languages.ts";
import type { MailBlock } from "./locales/catalogue.ts";
import { mailCatalogues, renderMail } from "./render.server.ts";
import { type MailTemplateName, type MailTemplates, mailTemplateNames } from "./templates.ts";

const samples: { [Template in MailTemplateName]: MailTemplates[Template] } = {
	"account.confirm": { firstName: "Amélie", url: "https://portail.example/confirm?token=abc123" },
	"account.exists": {
		firstName: "Amélie",
		signInUrl: "https://portail.example/sign-in",
		resetUrl: "https://portail.example/password/forgot",
	},
	"password.reset": { firstName: "Amélie", url: "https://portail.example/password/reset?token=def456" },
	"password.changed": { firstName: "Amélie" },
	"email.change": {
		firstName: "Amélie",
		url: "https://portail.example/email?token=ghi789",
		newEmail: "new@example.be",
	},
	"email.changed": { firstName: "Amélie", newEmail: "new@example.be" },
	"staff.invitation": {
		firstName: "Amélie",
		groupName: "Ville de Limbourg",
		inviterName: "Sylvie Popelin",
		roleLabel: "responsable de maison",
		url: "https://portail.example/invitations/jkl012",
	},
	"family.guardian-added": {
		firstName: "Amélie",
		childName: "Zoé Dupont",
		guardianName: "Marc Dupont",
		url: "https://portail.example/children/01",
	},
	"family.guardian-removed": { firstName: "Amélie", childName: "Zoé Dupont", groupName: "Ville de Limbourg" },
	"family.dossier-validated": {
		firstName: "Amélie",
		childName: "Zoé Dupont",
		groupName: "Ville de Limbourg",
		url: "https://portail.example/children/01",
	},
	"family.dossier-merged": {
		firstName: "Amélie",
		childName: "Zoé Dupont",
		groupName: "Ville de Limbourg",
		url: "https://portail.example/children/01",
	},
	"family.dossier-reminder": {
		firstName: "Amélie",
		childName: "Zoé Dupont",
		groupName: "Ville de Limbourg",
		url: "https://portail.example/children/01/general",
	},
	"registration.updated": {
		firstName: "Amélie",
		childName: "Zoé Dupont",
		offerTitle: "Stage nature",
		houseName: "Plaine de Dolhain",
		dates: "06/07/2027 – 10/07/2027",
		statusLabel: "acceptée",
		statusSentence: "La place de Zoé est réservée.",
		url: "https://portail.example/children/01/registrations",
	},
	"registration.offer-changed": {
		firstName: "Amélie",
		childName: "Zoé Dupont",
		offerTitle: "Stage nature",
		houseName: "Plaine de Dolhain",
		changes: "Horaire : 09:00 – 16:00 → 08:30 – 16:00\nPrix : 85,00 € → 90,00 €",
		url: "https://portail.example/children/01/camps",
	},
	"billing.invoice-issued": {
		firstName: "Amélie",
		groupName: "Ville de Limbourg",
		number: "2026/00012",
		amount: "85,00 €",
		dueOn: "31/12/2026",
		communication: "+++090/9337/55493+++",
		iban: "BE68 5390 0754 7034",
		url: "https://portail.example/invoices/01",
	},
	"billing.invoice-reminder": {
		firstName: "Amélie",
		groupName: "Ville de Limbourg",
		number: "2026/00012",
		amount: "35,00 €",
		dueOn: "31/12/2026",
		communication: "+++090/9337/55493+++",
		iban: "BE68 5390 0754 7034",
		url: "https://portail.example/invoices/01",
	},
	"message.received": {
		firstName: "Amélie",
		childName: "Zoé Dupont",
		houseName: "Crèche Les Lutins",
		subject: "Absence lundi",
		excerpt: "Bonjour, Zoé sera absente lundi pour un rendez-vous.",
		url: "https://portail.example/messages/01",
	},
	"document.published": {
		firstName: "Amélie",
		childNames: "Zoé et Léa",
		houseName: "Crèche Les Lutins",
		title: "Ce qu'il faut apporter",
		url: "https://portail.example/children/01/documents",
	},
	"message.digest": {
		firstName: "Amélie",
		day: "1er décembre 2026",
		threads: [
			{
				subject: "Sortie au bois",
				childFirstName: "Zoé",
				houseName: "Crèche Les Lutins",
				count: 2,
				excerpt: "Prévoyez des bottes pour jeudi.",
				url: "https://portail.example/messages/02",
			},
			{
				subject: "Photo de classe",
				childFirstName: "Léo",
				houseName: "École du Centre",
				count: 1,
				excerpt: "Les photos arrivent vendredi.",
				url: "https://portail.example/messages/03",
			},
		],
		url: "https://portail.example/messages",
	},
	"document.accepted": {
		firstName: "Amélie",
		childName: "Zoé Dupont",
		houseName: "Crèche Les Lutins",
		url: "https://portail.example/children/01/documents/uploads",
	},
	"document.refused": {
		firstName: "Amélie",
		childName: "Zoé Dupont",
		houseName: "Crèche Les Lutins",
		url: "https://portail.example/children/01/documents/uploads",
	},
};

const hostile = "<script>alert('x')</script>";
const cases = mailTemplateNames.flatMap((template) => languages.map((language) => [template, language] as const));

function isLink(name: string): boolean {
	return name === "url" || name.endsWith("Url");
}

/** The links of a mail's data that get a button (list entries link their titles instead). */
function urlsOf(data: object): string[] {
	return Object.entries(data)
		.filter(([name]) => isLink(name))
		.map(([, value]) => value as string);
}

/** The data with every text replaced by markup, and every link given a hostile tail. */
function hostileData(data: object): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(data).map(([name, value]) => {
			if (Array.isArray(value)) return [name, value.map((item: object) => hostileData(item))];
			if (typeof value === "number") return [name, value];
			return [name, isLink(name) ? `${value}&x="><script>` : hostile];
		}),
	);
}

describe("mail rendering", () => {
	it.each(cases)("%s in %s: complete, in the right language, links in both parts", (template, language) => {
		const mail = renderMail(template, language, samples[template]);
		expect(mail.subject.trim()).not.toBe("");
		for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toMatch(/\{\{|\}\}/);
		expect(mail.html).toContain(`<html lang="${language}"`);
		expect(mail.text).toContain("Amélie");
		expect(mail.text).toContain(mailCatalogues[language].common.safety);
		for (const url of urlsOf(samples[template])) {
			// The raw URL sits on a line of its own in the text part, as a button and as text in HTML.
			expect(mail.text.split("\n")).toContain(url);
			expect(mail.html).toContain(`href="${url}"`);
			expect(mail.html).toContain(`>${url}</a>`);
		}
		if ("newEmail" in samples[template]) expect(mail.text).toContain("new@example.be");
	});

	it.each(cases)("%s in %s: escapes every value in the HTML part", (template, language) => {
		const mail = renderMail(template, language, hostileData(samples[template]) as never);
		expect(mail.html).not.toContain("<script>");
		expect(mail.html).not.toContain('x="');
		expect(mail.html).toContain("&lt;script&gt;");
		if (urlsOf(samples[template]).length > 0) expect(mail.html).toContain("&amp;x=&quot;&gt;&lt;script&gt;");
		// The subject is a plain-text header: values appear as typed (the HTML part escapes them).
		expect(mail.subject).not.toMatch(/[\r\n]/);
	});

	it("states how long links live and that the reset link works once", () => {
		expect(renderMail("account.confirm", "fr", samples["account.confirm"]).text).toContain("24 heures");
		expect(renderMail("account.confirm", "nl", samples["account.confirm"]).text).toContain("24 uur");
		const reset = renderMail("password.reset", "fr", samples["password.reset"]).text;
		expect(reset).toContain("1 heure");
		expect(reset).toContain("une seule fois");
		expect(renderMail("password.reset", "de", samples["password.reset"]).text).toContain("1 Stunde");
		expect(renderMail("password.reset", "en", samples["password.reset"]).text).toContain("1 hour");
	});

	it("greets without a name when the first name is unknown, and falls back to French", () => {
		const mail = renderMail("password.changed", "xx", { firstName: "  " });
		expect(mail.text.startsWith("Bonjour,\n")).toBe(true);
		expect(mail.html).toContain('<html lang="fr"');
	});

	it("refuses missing variables and links that are not web addresses", () => {
		expect(() => renderMail("email.changed", "fr", { firstName: "A" } as never)).toThrow(/newEmail is missing/);
		expect(() => renderMail("account.confirm", "fr", { firstName: "A", url: "javascript:alert(1)" })).toThrow(
			/not a URL/,
		);
	});

	it.each(languages)("%s has the French structure: same blocks, links and variables", (language) => {
		const shape = (catalogue: (typeof mailCatalogues)["fr"]) =>
			Object.entries(catalogue.templates).map(([name, { subject, body }]) => [
				name,
				subject.trim() !== "",
				(body as MailBlock<Record<string, unknown>>[]).map((block) => {
					const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]);
					if (typeof block === "string") return variables(block);
					if ("list" in block) {
						const { title, detail, quote } = block;
						return [block.list, ...[title, detail.one, detail.other, quote].map(variables)];
					}
					return block.link;
				}),
			]);
		expect(shape(mailCatalogues[language])).toEqual(shape(mailCatalogues.fr));
	});

	it("lists a digest's threads with their links, counts in the right plural, and excerpts only", () => {
		const mail = renderMail("message.digest", "fr", samples["message.digest"]);
		expect(mail.subject).toBe("Vos nouveaux messages du 1er décembre 2026");
		expect(mail.text).toContain(
			"• Sortie au bois\n  Zoé · Crèche Les Lutins · 2 nouveaux messages\n  « Prévoyez des bottes pour jeudi. »\n  https://portail.example/messages/02\n",
		);
		expect(mail.text).toContain("Léo · École du Centre · 1 nouveau message\n  « Les photos arrivent vendredi. »");
		expect(mail.html).toContain(
			'<a href="https://portail.example/messages/02" style="color:#0f766e;font-weight:bold;">Sortie au bois</a>',
		);
		expect(renderMail("message.digest", "nl", samples["message.digest"]).text).toContain("2 nieuwe berichten");
		expect(() =>
			renderMail("message.digest", "fr", { ...samples["message.digest"], threads: undefined } as never),
		).toThrow(/list threads is missing/);
	});

	it("keeps the subject on one line whatever a name contains", () => {
		const mail = renderMail("staff.invitation", "fr", {
			...samples["staff.invitation"],
			groupName: "Groupe\r\nBcc: victim@example.test",
		});
		expect(mail.subject).toBe("Invitation à rejoindre Groupe Bcc: victim@example.test sur Ribambelle");
	});
});
