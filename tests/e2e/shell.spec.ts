import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { expectAccessible } from "./support/axe.ts";
import { launchBrowser, newContext, screenshot, signInAs, watchPage } from "./support/browser.ts";

const parent = { identifier: demoAccounts.parent.username, password: demoAccounts.parent.password };

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

describe("the shell", () => {
	it("opens in French with the demo group, then switches every string to Dutch", async () => {
		const context = await newContext(browser, { baseURL: app.url, locale: "fr-BE" });
		const page = await context.newPage();
		const watch = watchPage(page);

		await page.goto("/");
		expect(await page.getAttribute("html", "lang")).toBe("fr");
		await page.getByRole("heading", { level: 1, name: "Bienvenue sur Ribambelle" }).waitFor();
		await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
		await page.getByText("Crèche Les Petits Lutins").waitFor();
		await page.getByRole("link", { name: "Connexion" }).waitFor();
		await page.getByRole("link", { name: "S'inscrire" }).waitFor();
		await expectAccessible(page);
		await screenshot(page, "home-fr");

		await page.getByRole("button", { name: "Nederlands" }).click();
		await page.getByRole("heading", { level: 1, name: "Welkom bij Ribambelle" }).waitFor();
		expect(await page.getAttribute("html", "lang")).toBe("nl");
		await page.getByRole("link", { name: "Aanmelden" }).waitFor();
		// Signed in, the parent navigation appears, still in Dutch.
		await signInAs(context, parent);
		await page.goto("/");
		const links = page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link");
		expect(await links.allTextContents()).toEqual([
			"Mijn kinderen",
			"Mijn gegevens",
			expect.stringMatching(/^Berichten/),
			"Facturen",
		]);
		// The demo parent has one unread message: the badge says so, in Dutch too.
		await links.filter({ hasText: "Berichten" }).getByText("1 ongelezen bericht").waitFor();
		// The choice sticks: a new page load is still in Dutch, and so is a 404.
		await page.goto("/messages");
		await page.getByRole("heading", { level: 1, name: "Berichten" }).waitFor();
		const notFound = await page.goto("/does-not-exist");
		expect(notFound?.status()).toBe(404);
		await page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" }).waitFor();
		await expectAccessible(page);
		watch.clear(); // the 404 response itself is logged by Chromium
		watch.assertClean();
		await context.close();
	});

	it("is usable at 360 px and by keyboard: the skip link comes first and moves focus to the content", async () => {
		const context = await newContext(browser, { baseURL: app.url, viewport: "phone" });
		const page = await context.newPage();
		const watch = watchPage(page);
		await page.goto("/");
		await page.getByRole("heading", { level: 1 }).waitFor();

		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);

		await page.keyboard.press("Tab");
		const skip = page.getByRole("link", { name: "Aller au contenu principal" });
		expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
		await page.keyboard.press("Enter");
		await page.waitForURL(/#main$/);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");

		await expectAccessible(page);
		await screenshot(page, "home-fr");
		watch.assertClean();
		await context.close();
	});

	it("asks visitors to sign in first, then opens the page they asked for and a child's « Documents »", async () => {
		const context = await newContext(browser, { baseURL: app.url });
		const page = await context.newPage();
		await page.goto("/me");
		await page.waitForURL(/\/sign-in\?redirectTo=%2Fme$/);
		await signInAs(context, parent);
		await page.goto("/me");
		await page.getByRole("heading", { level: 1, name: "Mes données" }).waitFor();
		await page.goto("/children");
		await page.getByRole("link", { name: "Voir le dossier de l'enfant — Nino FORIUS" }).click();
		await page
			.getByRole("navigation", { name: "Dossier de l'enfant" })
			.getByRole("link", { name: "Documents" })
			.click();
		await page.getByRole("heading", { name: "Factures concernant Nino" }).waitFor();
		await expectAccessible(page);
		await context.close();
	});
});
