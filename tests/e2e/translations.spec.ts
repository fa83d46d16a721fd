/**
 * Staff content in the family's language (issue 11 §7, decision 024), in Chromium on the
 * seeded demo: a group admin gives « Sport et nature » a Dutch title in the offer form's
 * « Traductions »; a parent who switched to Nederlands sees the Dutch title on the card, and
 * the French title of a camp nobody translated.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { fr } from "#app/locales/fr.ts";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { launchBrowser, newContext, screenshot, signInAs, watchPage } from "./support/browser.ts";

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

/** Opens « Traductions » (again if a click landed before the page was interactive). */
async function openTranslations(page: Page, firstField: string) {
	const input = page.getByLabel(firstField);
	for (let attempt = 0; attempt < 5 && !(await input.isVisible()); attempt += 1) {
		await page.getByText(fr.offerAdmin.translations.summary).click();
		await input.waitFor({ timeout: 2000 }).catch(() => undefined);
	}
}

const field = (name: string, language: string) =>
	fr.offerAdmin.translations.field.replace("{{field}}", name).replace("{{language}}", language);

describe("staff content in the family's language", () => {
	it("a group admin translates a camp's title into Dutch, and a parent in Nederlands reads it", async () => {
		const staff = await newContext(browser, { baseURL: app.url, viewport: "desktop" });
		await signInAs(staff, { identifier: demoAccounts.staff.username, password: demoAccounts.staff.password });
		const page = await staff.newPage();
		const watch = watchPage(page);
		await page.goto("/staff");
		await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
		const groupPath = new URL(page.url()).pathname;
		await page.goto(`${groupPath}/offers`);
		await page.getByRole("link", { name: "Sport et nature" }).click();
		await openTranslations(page, field(fr.offerAdmin.form.title, "NL"));
		await page.getByLabel(field(fr.offerAdmin.form.title, "NL")).fill("Sport en natuur");
		await screenshot(page, "translations-offer-form");
		await page.getByRole("button", { name: fr.offerAdmin.form.save }).click();
		await page.getByText(fr.offerAdmin.form.saved, { exact: true }).waitFor();
		// The disclosure opens by itself once a translation is there.
		expect(await page.getByLabel(field(fr.offerAdmin.form.title, "NL")).inputValue()).toBe("Sport en natuur");
		await page.setViewportSize({ width: 360, height: 800 });
		await screenshot(page, "translations-offer-form");
		await page.goto(`${groupPath}/offers`);
		await openTranslations(page, field(fr.offerAdmin.periods.name, "NL"));
		await screenshot(page, "translations-period-form");
		await page.setViewportSize({ width: 1280, height: 900 });
		await screenshot(page, "translations-period-form");
		// The archive section of a house in use (decision 024).
		await page.goto(`${groupPath}/houses`);
		await page.getByRole("link", { name: "Crèche Les Petits Lutins" }).click();
		await page.getByRole("button", { name: fr.houses.archive.submit }).waitFor();
		await screenshot(page, "house-archive");
		await page.setViewportSize({ width: 360, height: 800 });
		await screenshot(page, "house-archive");
		watch.assertClean();

		const parent = await newContext(browser, { baseURL: app.url, viewport: "desktop" });
		await signInAs(parent, { identifier: demoAccounts.parent.username, password: demoAccounts.parent.password });
		const family = await parent.newPage();
		await family.goto("/children");
		await family.getByRole("link", { name: "Voir le dossier de l'enfant — Nino FORIUS" }).click();
		await family.waitForURL(/\/children\/[^/]+/);
		const childPath = new URL(family.url()).pathname.split("/").slice(0, 3).join("/");
		await family.goto(`${childPath}/camps`);
		await family.getByRole("button", { name: "Nederlands" }).click();
		await family.waitForLoadState();
		await family.getByRole("article", { name: "Sport en natuur" }).waitFor();
		await family.getByRole("article", { name: "Lutins et flocons" }).waitFor();
		expect(await family.getByRole("article", { name: "Sport et nature" }).count()).toBe(0);
	});
});
