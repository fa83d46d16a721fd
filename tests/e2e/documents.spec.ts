/**
 * Published documents and the child's « Documents » (issue 13) in Chromium, on the seeded demo,
 * at 1280 and 360 px: Nino's parent registers him for « Sport et nature »; the group's admin
 * publishes « Ce qu'il faut apporter » (a PDF) to that camp's families after seeing how many it
 * reaches; the parent finds it in Nino's « Documents » beside the demo's crèche rules, his
 * registration confirmation and invoices, and downloads it; staff see it opened.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { look } from "./support/axe.ts";
import { launchBrowser, newContext, signInAs, watchPage } from "./support/browser.ts";

let app: AppServer;
let browser: Browser;
const files = fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-e2e-documents-"));
const leaflet = path.join(files, "ce-qu-il-faut-apporter.pdf");
const leafletContent = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

beforeAll(async () => {
	app = await startAppServer();
	browser = await launchBrowser();
	fs.writeFileSync(leaflet, leafletContent);
});

afterAll(async () => {
	await browser?.close();
	await app?.stop();
	fs.rmSync(files, { recursive: true, force: true });
});

async function signedIn(account: keyof typeof demoAccounts, viewport: "phone" | "desktop") {
	const context = await newContext(browser, { baseURL: app.url, viewport });
	const { username, password } = demoAccounts[account];
	await signInAs(context, { identifier: username, password });
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	page.on("dialog", (dialog) => void dialog.accept());
	return { context, page };
}

async function openNinoSection(page: Page, section: string) {
	await page.goto("/children");
	await page.getByRole("link", { name: "Voir le dossier de l'enfant — Nino FORIUS" }).click();
	await page.getByRole("navigation", { name: "Dossier de l'enfant" }).getByRole("link", { name: section }).click();
	await page.getByRole("heading", { name: section, level: 2, exact: true }).waitFor();
}

async function staffGroupPath(page: Page): Promise<string> {
	await page.goto("/staff");
	await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
	return new URL(page.url()).pathname;
}

describe("documents published to a camp's families", () => {
	it("the parent registers Nino for « Sport et nature »", async () => {
		const { context, page } = await signedIn("parent", "desktop");
		const watch = watchPage(page);
		await openNinoSection(page, "Stages");
		const camp = page.getByRole("article", { name: "Sport et nature" });
		await camp.getByRole("button", { name: "S'inscrire" }).click();
		await camp.getByText("Inscription de Nino : acceptée").waitFor();
		watch.assertClean();
		await context.close();
	});

	for (const viewport of ["desktop", "phone"] as const) {
		it(`${viewport}: staff publish « Ce qu'il faut apporter » after the count; the parent downloads it; staff see it opened`, async () => {
			const title = `Ce qu'il faut apporter (${viewport})`;
			const staff = await signedIn("staff", viewport);
			const staffWatch = watchPage(staff.page);
			const groupPath = await staffGroupPath(staff.page);
			await staff.page.goto(`${groupPath}/documents`);
			await staff.page.getByRole("heading", { name: "Documents publiés", level: 1 }).waitFor();
			await staff.page
				.getByRole("navigation", { name: "Maison" })
				.getByRole("link", { name: "Plaine de vacances de Dolhain" })
				.click();
			await staff.page.waitForURL(/[?&]house=/);
			await staff.page.getByRole("link", { name: "Publier un document" }).click();
			await staff.page.getByRole("heading", { name: "Publier un document", level: 1 }).waitFor();
			await staff.page.getByLabel("Les familles d'un stage ou d'une activité", { exact: true }).check();
			const camp = staff.page.getByLabel("Stage ou activité", { exact: true });
			const option = camp.locator("option", { hasText: "Sport et nature" }).first();
			await camp.selectOption((await option.getAttribute("value")) ?? "");
			await staff.page.getByLabel("Inscriptions", { exact: true }).selectOption({ label: "Acceptées" });
			await staff.page.getByRole("button", { name: "Compter les familles" }).click();
			const status = staff.page.getByRole("status");
			await status.waitFor();
			const count = Number(/(\d+) famille/.exec((await status.textContent()) ?? "")?.[1]);
			expect(count).toBeGreaterThan(0);
			await staff.page.getByLabel("Titre", { exact: true }).fill(title);
			await staff.page
				.getByLabel("Description (facultatif)", { exact: true })
				.fill("À glisser dans le sac lundi matin.");
			await staff.page.getByLabel("Fichier", { exact: true }).setInputFiles(leaflet);
			await look(staff.page, "documents-publish");
			await staff.page.getByRole("button", { name: "Publier le document" }).click();
			await staff.page.getByText(new RegExp(`Document publié pour ${count} famille`)).waitFor();
			const item = staff.page.getByRole("listitem").filter({ has: staff.page.getByRole("heading", { name: title }) });
			await item.getByText(`Ouvert par 0 sur ${count}`).waitFor();
			await look(staff.page, "documents-staff-list");
			staffWatch.assertClean();

			const parent = await signedIn("parent", viewport);
			const parentWatch = watchPage(parent.page);
			await openNinoSection(parent.page, "Documents");
			const published = parent.page.getByRole("region", { name: "Documents des maisons" });
			await published.getByRole("link", { name: title }).waitFor();
			await published.getByRole("link", { name: "Règlement d'ordre intérieur" }).waitFor();
			await parent.page
				.getByRole("region", { name: "Confirmations d'inscription" })
				.getByRole("link", { name: "Confirmation d'inscription — Sport et nature" })
				.waitFor();
			await look(parent.page, "documents-child");
			const download = parent.page.waitForEvent("download");
			await published.getByRole("link", { name: title }).click();
			const saved = await download;
			expect(saved.suggestedFilename()).toBe("ce-qu-il-faut-apporter.pdf");
			expect(fs.readFileSync((await saved.path()) ?? "", "utf8")).toBe(leafletContent);
			parentWatch.assertClean();

			await staff.page.reload();
			await item.getByText(`Ouvert par 1 sur ${count}`).waitFor();
			staffWatch.assertClean();
			await parent.context.close();
			await staff.context.close();
		});
	}
});
