/**
 * French elision on real pages, rendered by the server and hydrated in the browser
 * (decision 022), and the audit log read as sentences at desktop and phone widths.
 */
import type { Browser } from "playwright-core";
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

describe("language on pages", () => {
	it("says « d'Émile » on the parent's pages and in the staff's audit log", async () => {
		const parentContext = await newContext(browser, { baseURL: app.url });
		await signInAs(parentContext, {
			identifier: demoAccounts.parent.username,
			password: demoAccounts.parent.password,
		});
		const parent = await parentContext.newPage();
		const watch = watchPage(parent);
		await parent.goto("/children");
		await parent.getByRole("link", { name: "Ajouter ou créer le dossier de mon enfant" }).click();
		await parent.getByRole("link", { name: "Créer un nouveau dossier pour mon enfant" }).click();
		await parent.getByLabel("Code groupe").fill("limbourg");
		await parent.getByLabel("Nom de l'enfant", { exact: true }).fill("Ursule");
		await parent.getByLabel("Prénom de l'enfant").fill("Émile");
		await parent.getByRole("button", { name: "Envoyer" }).click();
		await parent.getByText("Le dossier de votre enfant a été créé.").waitFor();
		await parent.goto("/children");
		await parent.getByRole("img", { name: "Avatar d'Émile URSULE" }).waitFor();
		expect(await parent.getByRole("img", { name: "Avatar de Émile URSULE" }).count()).toBe(0);
		watch.assertClean();
		await parentContext.close();

		let auditPath = "";
		for (const viewport of ["desktop", "phone"] as const) {
			const staffContext = await newContext(browser, { baseURL: app.url, viewport });
			await signInAs(staffContext, {
				identifier: demoAccounts.staff.username,
				password: demoAccounts.staff.password,
			});
			const staff = await staffContext.newPage();
			if (auditPath) await staff.goto(auditPath);
			else {
				await staff.goto("/staff");
				await staff.getByRole("link", { name: "Journal d'audit" }).first().click();
				await staff.waitForURL(/\/audit$/);
				auditPath = new URL(staff.url()).pathname;
			}
			await staff
				.getByText(`${demoAccounts.parent.firstName} ${demoAccounts.parent.lastName} a créé le dossier d'Émile Ursule.`)
				.waitFor();
			expect(await staff.getByText(/"offerId"|\{"/).count()).toBe(0);
			await look(staff, `audit-sentences-${viewport}`);
			await staffContext.close();
		}
	});
});
