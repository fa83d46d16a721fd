/**
 * Pages carry only the translation scopes their routes declare (decision 027). In each of the
 * four languages the demo parent goes through every parent page by client-side navigation
 * (which fetches the scopes a page lacks) and by document loads: no page shows a raw key such
 * as `camps.card.placesLeft`, and nothing is logged as broken.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { de } from "#app/locales/de.ts";
import { en } from "#app/locales/en.ts";
import { fr } from "#app/locales/fr.ts";
import { nl } from "#app/locales/nl.ts";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { launchBrowser, newContext, signInAs, watchPage } from "./support/browser.ts";

const parent = { identifier: demoAccounts.parent.username, password: demoAccounts.parent.password };
const catalogues = { fr, nl, de, en } as const;
const rawKey = new RegExp(`\\b(?:${Object.keys(fr).join("|")})\\.[A-Za-z_]+(?:\\.[A-Za-z_]+)*\\b`);

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

async function expectNoRawKey(page: Page, where: string) {
	// biome-ignore lint/performance/useDomNodeTextContent: what is shown, not the page's JSON scripts
	const text = await page.locator("body").innerText();
	expect(rawKey.exec(text)?.[0] ?? null, `raw key on ${where}`).toBeNull();
}

describe("translations per route", () => {
	for (const [language, strings] of Object.entries(catalogues)) {
		it(`shows no raw key on any parent page in ${language}, by links and by document loads`, async () => {
			const context = await newContext(browser, { baseURL: app.url });
			await signInAs(context, parent);
			const page = await context.newPage();
			const watch = watchPage(page);
			const fetched: string[] = [];
			page.on("response", (response) => {
				if (new URL(response.url()).pathname.startsWith("/locales/")) fetched.push(response.url());
			});
			await page.goto("/children");
			if ((await page.getAttribute("html", "lang")) !== language) {
				await page.getByRole("button", { name: strings.language.names[language as "fr"] }).click();
				await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
			}
			await page.getByRole("heading", { level: 1, name: strings.families.children.title }).waitFor();
			await expectNoRawKey(page, "/children");

			// Client-side navigation: each section's scopes arrive before it renders.
			await page.locator('a[href^="/children/"][href$="/general"]').first().click();
			await page.waitForURL(/\/general$/);
			const sections = ["houses", "camps", "activities", "general", "supplementary", "medical", "contacts"] as const;
			const dossierNav = page.getByRole("navigation", { name: strings.nav.child.label });
			const visited: string[] = [];
			for (const section of sections) {
				await dossierNav.getByRole("link", { name: strings.nav.child[section], exact: false }).first().click();
				await page.waitForURL(new RegExp(`/${section}$`));
				await dossierNav.locator(`a[aria-current="page"][href$="/${section}"]`).waitFor();
				await page.locator("main h2").first().waitFor();
				await expectNoRawKey(page, `${section} (link)`);
				visited.push(new URL(page.url()).pathname);
			}
			const mainNav = page.getByRole("navigation", { name: strings.nav.main });
			await mainNav.getByRole("link", { name: strings.nav.myData }).click();
			await page.getByRole("heading", { level: 1, name: strings.families.profile.title }).waitFor();
			await expectNoRawKey(page, "/me (link)");
			await mainNav.getByRole("link", { name: strings.nav.children }).click();
			await page.getByRole("heading", { level: 1, name: strings.families.children.title }).waitFor();
			expect(fetched.length, "client-side navigations fetched the scopes they lacked").toBeGreaterThan(0);

			// Document loads embed each page's own scopes.
			for (const path of [...visited, "/me", "/account", "/children/add", "/messages"]) {
				await page.goto(path);
				await page.locator("main").waitFor();
				await expectNoRawKey(page, `${path} (document)`);
			}
			watch.assertClean();
			await context.close();
		});
	}
});
