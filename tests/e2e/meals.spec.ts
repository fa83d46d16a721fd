/**
 * « Repas » (guide §8, issue 12) on a phone, in Chromium, on the seeded demo with the server's
 * clock pinned to Tuesday 19/01/2027 at 08:30 in Brussels: Nino's meals of this week were
 * booked by staff; his parent sees the peanut warning, reports him ill this morning, books the
 * whole of next week, and cannot book this week any more, with the rule stated.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { fr } from "#app/locales/fr.ts";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { look } from "./support/axe.ts";
import { launchBrowser, newContext, signInAs, watchPage } from "./support/browser.ts";

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
	app = await startAppServer({ env: { RIBAMBELLE_NOW: "2027-01-19T07:30:00Z" } });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

async function openMeals(viewport: "phone" | "desktop"): Promise<Page> {
	const context = await newContext(browser, { baseURL: app.url, viewport });
	await signInAs(context, { identifier: demoAccounts.parent.username, password: demoAccounts.parent.password });
	const page = await context.newPage();
	await page.goto("/children");
	await page.getByRole("link", { name: "Voir le dossier de l'enfant — Nino FORIUS" }).click();
	await page.getByRole("navigation", { name: "Dossier de l'enfant" }).getByRole("link", { name: "Repas" }).click();
	await page.getByRole("heading", { name: "Repas", level: 2 }).waitFor();
	return page;
}

const day = (page: Page, name: RegExp) =>
	page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });

describe("meals, parent side", () => {
	it("the kitchen's list of the day names Nino for the peanuts, and the menus, at 360 and 1280 px", async () => {
		for (const viewport of ["phone", "desktop"] as const) {
			const context = await newContext(browser, { baseURL: app.url, viewport });
			await signInAs(context, { identifier: demoAccounts.staff.username, password: demoAccounts.staff.password });
			const page = await context.newPage();
			const watch = watchPage(page);
			await page.goto("/staff");
			await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
			await page.goto(`${new URL(page.url()).pathname}/meals`);
			await page.getByRole("heading", { name: "Accueil extrascolaire Les Écureuils — 19/01/2027" }).waitFor();
			await page
				.getByText(
					"FORIUS Nino : Arachides dans « Poulet sauce satay, riz », « Tofu sauce satay, riz » (allergie déclarée : Arachides)",
				)
				.waitFor();
			await page.getByRole("heading", { name: "Repas chaud : 1 repas réservé" }).waitFor();
			await look(page, "staff-kitchen");
			await page.getByRole("link", { name: "Menus et repas proposés" }).click();
			await page.getByRole("heading", { name: "Semaine du 18/01/2027" }).waitFor();
			expect(await page.getByLabel("Plat du mardi 19/01").inputValue()).toBe("Poulet sauce satay, riz");
			await look(page, "staff-menus");
			// Nino's dossier, « Repas » tab: the week as his parents see it, with the exceptions.
			const groupPath = new URL(page.url()).pathname.replace(/\/meals\/menus$/, "");
			await page.goto(`${groupPath}/children?q=Nino`);
			await page.getByRole("link", { name: "FORIUS Nino" }).click();
			await page.waitForURL(/\/children\/[\w-]+$/);
			await page.goto(`${new URL(page.url()).pathname}/meals?week=2027-01-18`);
			await page.getByRole("heading", { name: "Semaine du 18/01/2027" }).waitFor();
			await page.getByText("Allergie déclarée : Arachides au menu.").waitFor();
			// What billing will invoice this month, as the parents see it.
			await page.getByRole("heading", { name: "Résumé de janvier 2027" }).waitFor();
			await look(page, "staff-child-meals");
			watch.assertClean();
			await context.close();
		}
	});

	it("on a phone: the peanut warning, « Nino est malade » this morning, and the whole of next week booked", async () => {
		const page = await openMeals("phone");
		const watch = watchPage(page);
		await page.getByRole("heading", { name: "Semaine du 18/01/2027" }).waitFor();
		const tuesday = day(page, /^mardi 19\/01$/);
		await tuesday.getByText("Attention : contient Arachides, allergie déclarée de Nino.").waitFor();
		await tuesday.getByText("Réservé", { exact: true }).waitFor();
		await look(page, "meals-week");

		await tuesday.getByRole("button", { name: "Nino est malade" }).click();
		await page
			.getByRole("status")
			.getByText("Le repas de Nino est annulé pour maladie ; il ne sera pas facturé.")
			.waitFor();
		await day(page, /^mardi 19\/01$/)
			.getByText("Annulé (malade)")
			.waitFor();
		await page
			.getByRole("region", { name: "Résumé de janvier 2027" })
			.getByText(
				"Repas chaud — 4 repas réservés (14,00 €) · 1 non facturé (annulé après le délai : malade ou exception) : 3,50 €",
			)
			.waitFor();
		// Monday is past: no « malade » any more; this week cannot be booked any more.
		expect(
			await day(page, /^lundi 18\/01$/)
				.getByRole("button")
				.count(),
		).toBe(0);
		await page.getByText("Plus aucun jour de cette semaine ne peut être réservé.").waitFor();

		await page.getByRole("link", { name: "Semaine suivante →" }).click();
		await page.getByRole("heading", { name: "Semaine du 25/01/2027" }).waitFor();
		await day(page, /^mardi 26\/01$/)
			.getByText(/réservation possible jusqu'au 21\/01\/2027 12:00/)
			.waitFor();
		await page.getByRole("button", { name: "Réserver toute la semaine" }).click();
		await page.getByRole("status").getByText("5 repas réservés pour Nino.").waitFor();
		await page.getByText("Total réservé cette semaine : 17,50 €").waitFor();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await look(page, "meals-booked");
		watch.assertClean();
	});

	it("at 1280 px: a week whose deadline has passed says until when it was open", async () => {
		const page = await openMeals("desktop");
		await page.getByRole("link", { name: "Semaine précédente" }).click();
		await page.getByRole("heading", { name: "Semaine du 11/01/2027" }).waitFor();
		await day(page, /^lundi 11\/01$/)
			.getByText("les réservations pour la semaine du 11/01 étaient possibles jusqu'au 07/01/2027 12:00")
			.waitFor();
		await look(page, "meals-past-week");
	});

	it("a meal's prices and deadlines, versions in effect from a date, at 360 and 1280 px", async () => {
		for (const viewport of ["phone", "desktop"] as const) {
			const context = await newContext(browser, { baseURL: app.url, viewport });
			await signInAs(context, { identifier: demoAccounts.staff.username, password: demoAccounts.staff.password });
			const page = await context.newPage();
			const watch = watchPage(page);
			await page.goto("/staff");
			await page.goto(`${new URL(page.url()).pathname}/meals/menus`);
			await page.getByRole("link", { name: fr.meals.offer.link }).click();
			await page.getByRole("heading", { name: fr.meals.offer.pricesTitle, exact: true }).waitFor();
			// The demo's price for everyone since September is the one in effect on 19/01/2027.
			await page
				.getByRole("row")
				.filter({ hasText: fr.meals.offer.everyone })
				.getByText(fr.meals.offer.current)
				.first()
				.waitFor();
			await page.getByText("Réservations : jusqu'au jeudi de la semaine précédente à 12:00.").first().waitFor();
			await look(page, `meal-offer-settings-${viewport}`);
			watch.assertClean();
			await context.close();
		}
	});

	it("without JavaScript, a refused meal form comes back with what was typed (parent pattern, staff new meal)", async () => {
		// The parent's weekly pattern: the end before the start.
		const parentContext = await browser.newContext({ baseURL: app.url, locale: "fr-BE", javaScriptEnabled: false });
		await signInAs(parentContext, {
			identifier: demoAccounts.parent.username,
			password: demoAccounts.parent.password,
		});
		const page = await parentContext.newPage();
		await page.goto("/children");
		await page.getByRole("link", { name: "Voir le dossier de l'enfant — Nino FORIUS" }).click();
		await page.getByRole("navigation", { name: "Dossier de l'enfant" }).getByRole("link", { name: "Repas" }).click();
		const pattern = page.locator("form").filter({ hasText: fr.meals.pattern.title });
		await pattern.getByRole("checkbox", { name: fr.meals.pattern.weekdays1 }).check();
		await pattern.getByRole("checkbox", { name: fr.meals.pattern.weekdays4 }).check();
		await pattern.getByRole("checkbox", { name: fr.meals.page.vegetarian }).check();
		await pattern.getByLabel(fr.meals.pattern.from).fill("2027-03-15");
		await pattern.getByLabel(fr.meals.pattern.until).fill("2027-03-01");
		await pattern.getByRole("button", { name: /^Inscrire Nino ces jours-là/ }).click();
		const refused = page.locator("form").filter({ hasText: fr.meals.pattern.title });
		await refused.getByRole("alert").getByText(fr.meals.pattern.untilBeforeFrom).waitFor();
		expect(await refused.getByRole("checkbox", { name: fr.meals.pattern.weekdays1 }).isChecked()).toBe(true);
		expect(await refused.getByRole("checkbox", { name: fr.meals.pattern.weekdays2 }).isChecked()).toBe(false);
		expect(await refused.getByRole("checkbox", { name: fr.meals.pattern.weekdays4 }).isChecked()).toBe(true);
		expect(await refused.getByRole("checkbox", { name: fr.meals.page.vegetarian }).isChecked()).toBe(true);
		expect(await refused.getByLabel(fr.meals.pattern.from).inputValue()).toBe("2027-03-15");
		expect(await refused.getByLabel(fr.meals.pattern.until).inputValue()).toBe("2027-03-01");
		await parentContext.close();

		// A group admin's new meal with a price that is not one.
		const staffContext = await browser.newContext({ baseURL: app.url, locale: "fr-BE", javaScriptEnabled: false });
		await signInAs(staffContext, { identifier: demoAccounts.staff.username, password: demoAccounts.staff.password });
		const staff = await staffContext.newPage();
		await staff.goto("/staff");
		const groupPath = new URL(staff.url()).pathname;
		await staff.goto(`${groupPath}/meals/menus`);
		const create = staff.locator("form").filter({ hasText: fr.meals.menus.createTitle });
		await create.getByLabel(fr.meals.menus.name).fill("Goûter bio");
		await create.getByRole("checkbox", { name: "Accueil extrascolaire Les Écureuils" }).check();
		await create.getByLabel(fr.meals.menus.price).fill("trois euros");
		await create.getByLabel(fr.meals.menus.sickUntil).fill("08:30");
		await create.getByRole("button", { name: fr.meals.menus.create }).click();
		const again = staff.locator("form").filter({ hasText: fr.meals.menus.createTitle });
		await again.getByRole("alert").getByText(fr.meals.validation.price).waitFor();
		expect(await again.getByLabel(fr.meals.menus.name).inputValue()).toBe("Goûter bio");
		expect(await again.getByLabel(fr.meals.menus.price).inputValue()).toBe("trois euros");
		expect(await again.getByLabel(fr.meals.menus.sickUntil).inputValue()).toBe("08:30");
		expect(await again.getByRole("checkbox", { name: "Accueil extrascolaire Les Écureuils" }).isChecked()).toBe(true);
		await staffContext.close();
	});
});
