/**
 * Pages carry only the translation scopes their routes declare (decision 027). In each of the
 * four languages the demo parent goes through every parent page by client-side navigation
 * (which fetches the scopes a page lacks) and by document loads: no page shows a raw key such
 * as `camps.card.placesLeft`, and nothing is logged as broken. A document's strings come from
 * the address its head preloads, once (decision 041); without them, or without JavaScript,
 * the server's page stands as it is.
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

describe("the strings of a document load", () => {
	const dossierLink = 'a[href^="/children/"][href$="/general"]';

	it("come from the address the head preloads, in one request, before the page hydrates", async () => {
		const context = await newContext(browser, { baseURL: app.url });
		await signInAs(context, parent);
		const page = await context.newPage();
		const watch = watchPage(page);
		const fetched: string[] = [];
		page.on("request", (request) => {
			if (new URL(request.url()).pathname.startsWith("/locales/")) fetched.push(new URL(request.url()).pathname);
		});
		await page.goto("/children");
		await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
		const preloaded = await page.locator("head link#i18n-messages").getAttribute("href");
		expect(preloaded).toMatch(/^\/locales\/[0-9a-f]+\/fr\/[a-z.,A-Z]+$/);
		expect(await page.locator('head link#i18n-messages[rel="preload"][as="fetch"]').count()).toBe(1);
		expect(fetched).toEqual([preloaded]);
		expect(await page.locator('script[type="application/json"]').count()).toBe(0);
		await expectNoRawKey(page, "/children");
		watch.assertClean();
		await context.close();
	});

	it("are in the server's HTML: without JavaScript the page reads the same", async () => {
		const context = await browser.newContext({ baseURL: app.url, locale: "fr-BE", javaScriptEnabled: false });
		await signInAs(context, parent);
		const page = await context.newPage();
		await page.goto("/children");
		const dossier = await page.locator(dossierLink).first().getAttribute("href");
		await page.goto(dossier?.replace(/general$/, "camps") ?? "");
		await page.getByRole("heading", { level: 2, name: fr.camps.catalogue.camp.title }).waitFor();
		await page.getByText(fr.camps.card.information).first().waitFor();
		await expectNoRawKey(page, "camps without JavaScript");
		await context.close();
	});

	it("missing, leave the server's page as it is: no hydration with keys, links load documents", async () => {
		const context = await newContext(browser, { baseURL: app.url });
		await signInAs(context, parent);
		await context.route("**/locales/**", (route) => route.abort());
		const page = await context.newPage();
		const givenUp = page.waitForEvent("console", (message) => message.text().includes("could not be loaded"));
		await page.goto("/children");
		await givenUp;
		expect(await page.locator("html").getAttribute("data-hydrated")).toBeNull();
		await expectNoRawKey(page, "/children without its strings");
		const documentLoad = page.waitForEvent("load");
		await page.locator(dossierLink).first().click();
		await documentLoad;
		await page.getByRole("heading", { name: fr.families.general.title }).first().waitFor();
		await expectNoRawKey(page, "a dossier section without its strings");
		await context.close();
	});

	it("from another catalogue version (a deploy in between), leave the server's page as it is", async () => {
		const context = await newContext(browser, { baseURL: app.url });
		await signInAs(context, parent);
		await context.route("**/locales/**", async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, headers: { ...response.headers(), "catalogue-version": "0" } });
		});
		const page = await context.newPage();
		const givenUp = page.waitForEvent("console", (message) => message.text().includes("could not be loaded"));
		await page.goto("/children");
		await givenUp;
		expect(await page.locator("html").getAttribute("data-hydrated")).toBeNull();
		await expectNoRawKey(page, "/children with strings of another version");
		await context.close();
	});
});
