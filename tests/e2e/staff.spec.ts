import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { type SmtpCapture, start as startSmtp } from "#tests/support/smtp-capture.ts";
import { expectAccessible } from "./support/axe.ts";
import { launchBrowser, newContext, screenshot, signInAs, watchPage } from "./support/browser.ts";

let app: AppServer;
let browser: Browser;
let smtp: SmtpCapture;

beforeAll(async () => {
	smtp = await startSmtp();
	app = await startAppServer({ env: { SMTP_URL: smtp.url } });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await app?.stop();
	await smtp?.close();
});

async function invitationLink(email: string): Promise<string> {
	const mail = await smtp.waitFor(
		(message) => message.to.includes(email) && /Ribambelle/.test(message.subject),
		20_000,
	);
	const link = mail.text.match(/https?:\/\/\S+\/invitations\/accept\?token=\w+/)?.[0];
	if (!link) throw new Error(`no invitation link in:\n${mail.text}`);
	return link;
}

async function acceptAsNewAccount(
	context: BrowserContext,
	link: string,
	username: string,
	firstName: string,
): Promise<Page> {
	const page = await context.newPage();
	await page.goto(link);
	await page.getByRole("heading", { name: "Invitation" }).waitFor();
	await page.getByLabel("Nom d'utilisateur").fill(username);
	await page.getByLabel("Prénom").fill(firstName);
	await page.getByLabel("Nom", { exact: true }).fill("Testeur");
	await page.getByLabel("Mot de passe", { exact: true }).fill("Cerf-Volant-Bleu-8!");
	await page.getByLabel("Confirmer le mot de passe").fill("Cerf-Volant-Bleu-8!");
	await expectAccessible(page);
	await page.getByRole("button", { name: "Créer mon compte et rejoindre" }).click();
	await page.getByText("Bienvenue dans l'équipe !").waitFor();
	return page;
}

describe("staff back office", () => {
	it("operator creates a group, its admin joins and sets up houses, a house manager sees only theirs", async () => {
		const operatorContext = await newContext(browser, { baseURL: app.url });
		await signInAs(operatorContext, {
			identifier: demoAccounts.operator.username,
			password: demoAccounts.operator.password,
		});
		const operator = await operatorContext.newPage();
		const watch = watchPage(operator);
		await operator.goto("/operator");
		await operator.getByLabel("Nom du groupe").fill("ASBL Les Moineaux");
		await operator.getByLabel("Code groupe").fill("moineaux");
		await operator.getByLabel("Téléphone de contact (montré aux parents)").fill("087/11.22.33");
		await operator.getByRole("button", { name: "Créer le groupe" }).click();
		await operator.getByText("Le groupe « ASBL Les Moineaux » a été créé.").waitFor();
		await expectAccessible(operator);
		await screenshot(operator, "operator");
		const group = operator.getByRole("listitem").filter({ hasText: "ASBL Les Moineaux" });
		await group.getByLabel("Inviter un administrateur (e-mail)").fill("direction@moineaux.example");
		await group.getByRole("button", { name: "Inviter" }).click();
		await operator.getByText("L'invitation a été envoyée à direction@moineaux.example.").waitFor();
		watch.assertClean();

		const adminContext = await newContext(browser, { baseURL: app.url });
		const admin = await acceptAsNewAccount(
			adminContext,
			await invitationLink("direction@moineaux.example"),
			"direction.moineaux",
			"Dana",
		);
		await admin.getByRole("heading", { name: "ASBL Les Moineaux" }).waitFor();
		await admin.getByRole("link", { name: "Maisons" }).first().click();
		await admin.waitForURL(/\/houses$/);
		for (const [name, kind] of [
			["Crèche du Moulin", "Crèche"],
			["Plaine du Parc", "Centre de vacances"],
		] as const) {
			await admin.getByLabel("Nom", { exact: true }).fill(name);
			await admin.getByLabel("Type").selectOption({ label: kind });
			await admin.getByLabel("Adresse (rue et numéro)").fill("Rue du Moulin 4");
			await admin.getByLabel("Code postal").fill("4830");
			await admin.getByLabel("Localité").fill("Limbourg");
			await admin.getByRole("button", { name: "Ajouter la maison" }).click();
			await admin.getByText("La maison a été créée.").waitFor();
			await admin.getByRole("link", { name: "Maisons" }).first().click();
			await admin.waitForURL(/\/houses$/);
		}
		await expectAccessible(admin);
		await screenshot(admin, "staff-houses");

		await admin.getByRole("link", { name: "Personnel", exact: true }).click();
		const invite = admin.getByRole("region", { name: "Inviter une personne" });
		await invite.getByLabel("E-mail").fill("marie@moineaux.example");
		await invite.getByLabel("Rôle", { exact: true }).selectOption({ label: "responsable de maison" });
		await invite.getByRole("checkbox", { name: "Crèche du Moulin" }).check();
		await invite.getByRole("button", { name: "Envoyer l'invitation" }).click();
		await admin.getByText("L'invitation a été envoyée à marie@moineaux.example.").waitFor();
		await expectAccessible(admin);
		await screenshot(admin, "staff-members");

		const managerContext = await newContext(browser, { baseURL: app.url });
		const manager = await acceptAsNewAccount(
			managerContext,
			await invitationLink("marie@moineaux.example"),
			"marie.moulin",
			"Marie",
		);
		await manager.getByRole("link", { name: "Maisons" }).first().click();
		await manager.getByRole("link", { name: "Crèche du Moulin" }).waitFor();
		expect(await manager.getByText("Plaine du Parc").count()).toBe(0);
		expect(await manager.getByRole("link", { name: "Personnel", exact: true }).count()).toBe(0);
		const forbidden = await manager.goto(`${new URL(manager.url()).pathname.replace(/\/houses$/, "")}/staff`);
		expect(forbidden?.status()).toBe(403);

		await admin.getByRole("link", { name: "Journal d'audit" }).click();
		await admin.getByText("staff.invitation.accepted").first().waitFor();
		await expectAccessible(admin);
		await screenshot(admin, "staff-audit");
		for (const context of [operatorContext, adminContext, managerContext]) await context.close();
	});

	it("validating an incomplete dossier lists what is missing and asks for confirmation, with JavaScript on and off", async () => {
		for (const viewport of ["desktop", "phone"] as const) {
			const context = await newContext(browser, { baseURL: app.url, viewport });
			await signInAs(context, { identifier: demoAccounts.staff.username, password: demoAccounts.staff.password });
			const page = await context.newPage();
			const watch = watchPage(page);
			await page.goto("/staff");
			await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
			await page.goto(`${new URL(page.url()).pathname}/children?q=L%C3%A9a`);
			await page.getByRole("link", { name: "FORIUS Léa" }).click();
			const validate = page.getByRole("region", { name: "Valider le dossier" });
			await validate.getByText(/^Ce dossier est incomplet : \d+ données manquent\.$/).waitFor();
			await validate.getByText("Veuillez compléter le numéro national de l'enfant").waitFor();
			// Without the box ticked the server refuses, and says why next to the box.
			await validate.getByRole("button", { name: "Valider le dossier" }).click();
			await validate.getByText(/cochez la case pour confirmer/).waitFor();
			// The refusal is a 400 answer on purpose: the browser logs it.
			watch.clear();
			expect(
				await page.getByRole("checkbox", { name: /Je valide ce dossier malgré \d+ données manquantes/ }).isChecked(),
			).toBe(false);
			await expectAccessible(page);
			await screenshot(page, "staff-validate-incomplete");
			watch.assertClean();
			await context.close();
		}

		// Without JavaScript: the same refusal, then the validation once the box is ticked.
		const context = await browser.newContext({ baseURL: app.url, locale: "fr-BE", javaScriptEnabled: false });
		await signInAs(context, { identifier: demoAccounts.staff.username, password: demoAccounts.staff.password });
		const page = await context.newPage();
		await page.goto("/staff");
		await page.goto(`${new URL(page.url()).pathname}/children?q=L%C3%A9a`);
		await page.getByRole("link", { name: "FORIUS Léa" }).click();
		await page.getByRole("button", { name: "Valider le dossier" }).click();
		await page.getByText(/cochez la case pour confirmer/).waitFor();
		await page.getByRole("checkbox", { name: /Je valide ce dossier malgré \d+ données manquantes/ }).check();
		await page.getByRole("button", { name: "Valider le dossier" }).click();
		await page.getByText("Le dossier a été validé et les parents prévenus.").waitFor();
		expect(await page.getByRole("region", { name: "Valider le dossier" }).count()).toBe(0);
		await context.close();
	});

	it("shows emergency contacts on the attendance list", async () => {
		for (const viewport of ["desktop", "phone"] as const) {
			const context = await newContext(browser, { baseURL: app.url, viewport });
			await signInAs(context, { identifier: demoAccounts.staff.username, password: demoAccounts.staff.password });
			const page = await context.newPage();
			await page.goto("/staff");
			await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
			await page.goto(`${new URL(page.url()).pathname}/offers`);
			const offers = await page
				.locator('a[href*="/offers/"]')
				.evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
			const offerPaths = [...new Set(offers.map((href) => href.match(/^.*\/offers\/[\w-]{20,}/)?.[0]).filter(Boolean))];
			let found = false;
			for (const offerPath of offerPaths) {
				await page.goto(`${offerPath}/attendance`);
				if ((await page.getByRole("table").count()) > 0) {
					found = true;
					break;
				}
			}
			expect(found).toBe(true);
			if (viewport === "desktop") {
				await page.getByRole("columnheader", { name: "En cas d'urgence" }).waitFor();
			}
			// The wide table scrolls inside its region; the page itself does not.
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			await expectAccessible(page);
			await screenshot(page, "staff-attendance");
			await context.close();
		}
	});

	it("looks finished on a phone", async () => {
		const context = await newContext(browser, { baseURL: app.url, viewport: "phone" });
		await signInAs(context, { identifier: demoAccounts.staff.username, password: demoAccounts.staff.password });
		const page = await context.newPage();
		await page.goto("/staff");
		await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await screenshot(page, "staff-dashboard");
		await context.close();
	});
});
