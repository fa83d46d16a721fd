/**
 * The guide's §6–7 on the parent side, in Chromium on the seeded demo (whose camps sit on the
 * next school holidays): a parent filters the camps, registers Nino, sees « acceptée », takes
 * the confirmation (PDF) and the calendar file, joins a waiting list and cancels; Léa, whose
 * dossier is incomplete, gets the list of what is missing instead of « S'inscrire ».
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { look } from "./support/axe.ts";
import { launchBrowser, newContext, signInAs, watchPage } from "./support/browser.ts";

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
	app = await startAppServer();
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

async function signedInPage(viewport: "desktop" | "phone" = "desktop") {
	const context = await newContext(browser, { baseURL: app.url, viewport });
	await signInAs(context, { identifier: demoAccounts.parent.username, password: demoAccounts.parent.password });
	return { context, page: await context.newPage() };
}

/** From « Mes enfants » to a section of a child's menu, by the visible labels. */
async function openChildSection(page: Page, childName: string, section: string) {
	await page.goto("/children");
	await page.getByRole("link", { name: `Voir le dossier de l'enfant — ${childName}` }).click();
	await page.getByRole("navigation", { name: "Dossier de l'enfant" }).getByRole("link", { name: section }).click();
	await page.getByRole("heading", { name: section, level: 2 }).waitFor();
}

const card = (page: Page, title: string | RegExp) => page.getByRole("article", { name: title });

describe("camps and activities, parent side", () => {
	it("a parent filters the camps, registers Nino, downloads the confirmation and the .ics, and cancels a waiting place", async () => {
		const { context, page } = await signedInPage();
		const watch = watchPage(page);
		await openChildSection(page, "Nino FORIUS", "Stages");
		await card(page, "Sport et nature").waitFor();

		const period = page.getByLabel("Choisissez une période");
		const christmas = (await period.locator("option", { hasText: "Vacances de Noël" }).textContent()) ?? "";
		await period.selectOption({ label: christmas });
		await page.waitForURL(/[?&]period=/);
		await card(page, "Sport et nature").waitFor({ state: "detached" });
		expect(await page.getByLabel("Choisissez un code postal").locator("option").allTextContents()).toContain("4830");
		const lutins = card(page, "Lutins et flocons");
		await lutins.getByText("PARTICIPATION", { exact: false }).waitFor();
		await lutins.getByText("Âge minimum : 6 ans").waitFor();
		await lutins.getByText(/^Plus que \d+ places$/).waitFor();
		await card(page, /Cirque/)
			.getByText("Complet — liste d'attente")
			.waitFor();
		await look(page, "camps-catalogue");

		await lutins.getByRole("button", { name: "S'inscrire" }).click();
		await page.getByText("C'est fait : l'inscription de Nino à « Lutins et flocons » est acceptée.").waitFor();
		expect(page.url()).toMatch(/[?&]period=/);
		await lutins.getByText("Inscription de Nino : acceptée").waitFor();
		const registrations = page.getByRole("region", { name: "Inscriptions de l'enfant" });
		const registration = registrations.getByRole("listitem").filter({ hasText: "Lutins et flocons" });
		await registration.getByText("acceptée", { exact: true }).waitFor();
		await look(page, "camps-registered");

		const pdf = await page.request.get(
			(await registration.getByRole("link", { name: "Confirmation (PDF)" }).getAttribute("href")) ?? "",
		);
		expect(pdf.headers()["content-type"]).toBe("application/pdf");
		expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
		const ics = await page.request.get(
			(await registration.getByRole("link", { name: "Ajouter à mon agenda" }).getAttribute("href")) ?? "",
		);
		expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
		const calendar = await ics.text();
		expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
		expect(calendar).toContain("SUMMARY:Lutins et flocons — Nino");
		expect(calendar).toContain("DTSTART;TZID=Europe/Brussels:");

		await card(page, /Cirque/)
			.getByRole("button", { name: "S'inscrire" })
			.click();
		await page.getByText(/Nino est sur la liste d'attente, en position \d+\./).waitFor();
		const waiting = registrations.getByRole("listitem").filter({ hasText: "Cirque" });
		await waiting.getByText(/^liste d'attente \(position \d+\)$/).waitFor();
		await waiting.getByText("Annuler l'inscription", { exact: true }).click();
		await waiting.getByRole("button", { name: "Oui, annuler l'inscription" }).click();
		await page.getByText("L'inscription de Nino à « Cirque : la piste aux étoiles » est annulée.").waitFor();
		await waiting.getByText("annulée", { exact: true }).waitFor();

		await page.goto("/children");
		await page.getByRole("heading", { name: "Mon agenda des inscriptions" }).waitFor();
		const feedUrl = await page.getByLabel("Adresse de votre agenda privé").inputValue();
		// As a calendar app fetches it: no session, the address is the key.
		const feed = await fetch(feedUrl);
		expect(feed.status).toBe(200);
		expect(await feed.text()).toContain("SUMMARY:Lutins et flocons — Nino");
		watch.assertClean();
		await context.close();
	});

	for (const viewport of ["desktop", "phone"] as const) {
		it(`Léa's incomplete dossier shows what is missing, with links, instead of « S'inscrire » (${viewport})`, async () => {
			const { context, page } = await signedInPage(viewport);
			const watch = watchPage(page);
			await openChildSection(page, "Léa FORIUS", "Stages");
			const lutins = card(page, "Lutins et flocons");
			await lutins.getByText("Avant d'inscrire Léa, veuillez compléter son dossier :").waitFor();
			expect(await lutins.getByRole("button", { name: "S'inscrire" }).count()).toBe(0);
			await page.getByText("Le dossier de Léa est incomplet").click();
			await page.getByText("Veuillez compléter le numéro national de l'enfant").waitFor();
			await look(page, "camps-incomplete");
			await lutins.getByRole("link", { name: "Données générales" }).click();
			await page.waitForURL(/\/general$/);
			await page.getByLabel("RN registre national").waitFor();
			watch.assertClean();
			await context.close();
		});
	}
	it("a parent chooses the dates of an activity, each with its own places and status (1280 and 360 px)", async () => {
		const { context, page } = await signedInPage();
		/** The page as it looks on a desktop, then on a phone. */
		const lookBoth = async (name: string) => {
			await look(page, name);
			await page.setViewportSize({ width: 360, height: 740 });
			await look(page, name);
			await page.setViewportSize({ width: 1280, height: 800 });
		};
		const watch = watchPage(page);
		await openChildSection(page, "Nino FORIUS", "Activités");
		await page.locator('a[href*="/activities?house="]', { hasText: "Plaine de vacances de Dolhain" }).click();
		const plaine = card(page, "Journées pédagogiques à la plaine");
		const days = plaine.getByRole("group", { name: "Choisissez les dates pour Nino" });
		const second = days.getByRole("checkbox").nth(1);
		await second.waitFor();
		expect(await days.getByText("30 places disponibles").count()).toBe(2);
		await lookBoth("activity-days");

		// Nothing ticked: the card says so, nothing is registered.
		await plaine.getByRole("button", { name: "S'inscrire aux dates choisies" }).click();
		await plaine.getByText("Choisissez au moins une date.").waitFor();
		watch.clear(); // the refusal is a 400, as intended

		// « 18/01/2027 », as the card writes it.
		const secondLabel = ((await second.getAttribute("value")) ?? "").split("-").reverse().join("/");
		await plaine.getByRole("checkbox").nth(1).check();
		await plaine.getByRole("button", { name: "S'inscrire aux dates choisies" }).click();
		await page.getByText(/C'est envoyé : la demande pour Nino à « Journées pédagogiques à la plaine »/).waitFor();
		// The chosen date shows Nino's status; the other can still be chosen, its places untouched.
		const chosen = plaine.getByRole("listitem").filter({ hasText: secondLabel });
		await chosen.getByText("acceptée", { exact: true }).waitFor();
		expect(await plaine.getByRole("checkbox").count()).toBe(1);
		await plaine.getByText("30 places disponibles").waitFor();
		const registrations = page.getByRole("region", { name: "Inscriptions de l'enfant" });
		const registration = registrations.getByRole("listitem").filter({ hasText: "Journées pédagogiques à la plaine" });
		expect(await registration.count()).toBe(1);
		await registration.getByText(secondLabel).first().waitFor();
		await lookBoth("activity-days-chosen");
		const ics = await page.request.get(
			(await registration.getByRole("link", { name: "Ajouter à mon agenda" }).getAttribute("href")) ?? "",
		);
		expect((await ics.text()).match(/BEGIN:VEVENT/g)).toHaveLength(1);
		watch.assertClean();
		await context.close();
	});

	it("on a phone: the houses, a house's activities and the camps fit the screen", async () => {
		const { context, page } = await signedInPage("phone");
		const watch = watchPage(page);
		await openChildSection(page, "Nino FORIUS", "Les maisons de l'enfant");
		await page.getByRole("heading", { name: "Plaine de vacances de Dolhain" }).waitFor();
		await look(page, "camps-houses");
		await page.getByRole("link", { name: "Voir les activités — Plaine de vacances de Dolhain" }).click();
		await card(page, "Journées pédagogiques à la plaine").getByRole("button", { name: "S'inscrire" }).waitFor();
		await look(page, "camps-activities");
		await page.getByRole("navigation", { name: "Dossier de l'enfant" }).getByRole("link", { name: "Stages" }).click();
		await card(page, "Lutins et flocons").waitFor();
		await look(page, "camps-catalogue");
		watch.assertClean();
		await context.close();
	});
});
