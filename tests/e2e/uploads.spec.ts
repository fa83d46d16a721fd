/**
 * Documents a family sends to a house (issue 13, decision 037) in Chromium, on the seeded demo
 * (the crèche requires a medical certificate; Nino's waits for review): Nino's parent sends a
 * PDF, the crèche's manager refuses it with a reason, the parent reads the reason and sends
 * another, the manager accepts it, and the dossier's « Documents demandés » warning goes away.
 * Then the parent's page and the staff list at 360 px.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { fr } from "#app/locales/fr.ts";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { look } from "./support/axe.ts";
import { launchBrowser, newContext, signInAs, watchPage } from "./support/browser.ts";

let app: AppServer;
let browser: Browser;
const files = fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-e2e-uploads-"));
const pdf = path.join(files, "certificat-nino.pdf");
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	app = await startAppServer();
	browser = await launchBrowser();
	fs.writeFileSync(pdf, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
});

afterAll(async () => {
	for (const context of contexts) await context.close().catch(() => undefined);
	await browser?.close();
	await app?.stop();
	fs.rmSync(files, { recursive: true, force: true });
});

async function signedIn(account: keyof typeof demoAccounts, viewport: "phone" | "desktop") {
	const context = await newContext(browser, { baseURL: app.url, viewport });
	contexts.push(context);
	const { username, password } = demoAccounts[account];
	await signInAs(context, { identifier: username, password });
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	return page;
}

/** From « Mes enfants » to Nino's « Mes documents envoyés », through « Documents ». */
async function openNinoUploads(page: Page): Promise<string> {
	await page.goto("/children");
	await page.getByRole("link", { name: "Voir le dossier de l'enfant — Nino FORIUS" }).click();
	await page
		.getByRole("navigation", { name: fr.nav.child.label })
		.getByRole("link", { name: /^Documents/ })
		.click();
	await page.getByRole("link", { name: fr.uploads.parent.link }).click();
	await page.getByRole("heading", { name: fr.uploads.parent.title }).waitFor();
	return new URL(page.url()).pathname;
}

async function staffGroupPath(page: Page): Promise<string> {
	await page.goto("/staff");
	await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
	return new URL(page.url()).pathname;
}

const warning = (page: Page) => page.getByRole("status").filter({ hasText: fr.uploads.missing.title });

async function sendCertificate(page: Page, note: string) {
	await page.getByLabel(fr.uploads.form.house, { exact: true }).selectOption({ label: "Crèche Les Petits Lutins" });
	await page.getByLabel(fr.uploads.form.type, { exact: true }).selectOption({ label: "Certificat médical" });
	await page.getByLabel(fr.uploads.form.file, { exact: false }).setInputFiles(pdf);
	await page.getByLabel(fr.uploads.form.note, { exact: true }).fill(note);
	await page.getByRole("button", { name: fr.uploads.form.submit }).click();
	await page.getByText(fr.uploads.parent.sent).waitFor();
}

/** The manager opens Nino's newest document of the crèche's list. */
async function openNewest(page: Page, groupPath: string) {
	await page.goto(`${groupPath}/uploads?status=pending`);
	await page
		.getByRole("link", { name: /Ouvrir le document de Nino Forius/ })
		.first()
		.click();
	await page.getByRole("heading", { name: "Certificat médical — Nino Forius" }).waitFor();
}

describe("documents sent to the crèche", () => {
	it("a refused certificate, its reason, a new one accepted: the warning goes away", async () => {
		const parent = await signedIn("parent", "desktop");
		const parentWatch = watchPage(parent);
		const uploadsPath = await openNinoUploads(parent);
		await expect.poll(() => warning(parent).textContent()).toContain(fr.uploads.missing.pending);
		expect(
			await parent
				.getByRole("navigation", { name: fr.nav.child.label })
				.getByRole("link", { name: /^Documents/ })
				.textContent(),
		).toMatch(/^Documents1/);
		await sendCertificate(parent, "Premier envoi");
		// Sent: the form is empty again for the next document.
		expect(await parent.getByLabel(fr.uploads.form.note, { exact: true }).inputValue()).toBe("");
		await look(parent, "uploads-parent");
		parentWatch.assertClean();

		const manager = await signedIn("houseManager", "desktop");
		const managerWatch = watchPage(manager);
		const groupPath = await staffGroupPath(manager);
		await manager.getByRole("link", { name: fr.staff.nav.uploads }).click();
		await manager.getByRole("heading", { name: fr.uploads.staff.title }).waitFor();
		await look(manager, "uploads-staff-list");
		await openNewest(manager, groupPath);
		await manager.getByText("Premier envoi").waitFor();
		// Refusing without a reason is refused, on the spot.
		await manager.getByRole("button", { name: fr.uploads.review.refuse }).click();
		await manager.getByText(fr.uploads.review.reasonRequired).waitFor();
		await manager.getByLabel(fr.uploads.review.reason, { exact: false }).fill("Le certificat n'est pas signé.");
		await manager.getByRole("button", { name: fr.uploads.review.refuse }).click();
		await manager.getByText(fr.uploads.review.refused).waitFor();
		await look(manager, "uploads-staff-review");
		managerWatch.assertClean();

		await parent.goto(uploadsPath);
		await parent.getByText("Raison du refus : Le certificat n'est pas signé.", { exact: false }).waitFor();
		await sendCertificate(parent, "Signé cette fois");
		parentWatch.assertClean();

		await openNewest(manager, groupPath);
		await manager.getByText("Signé cette fois").waitFor();
		await manager.getByRole("button", { name: fr.uploads.review.accept }).click();
		await manager.getByText(fr.uploads.review.accepted).waitFor();
		managerWatch.assertClean();

		await parent.goto(uploadsPath);
		await parent.getByRole("heading", { name: fr.uploads.parent.listTitle, exact: true }).waitFor();
		expect(await warning(parent).count()).toBe(0);
		// Nor is « Documents » of the dossier's menu counted as missing anything any more.
		const documentsTab = parent.getByRole("navigation", { name: fr.nav.child.label }).getByRole("link", {
			name: /^Documents/,
		});
		expect(await documentsTab.textContent()).toBe(fr.nav.child.documents);
		await look(parent, "uploads-parent-done");
		parentWatch.assertClean();
	});

	it("at 360 px: the parent's page and the staff list fit and stay accessible", async () => {
		const parent = await signedIn("parent", "phone");
		const parentWatch = watchPage(parent);
		await openNinoUploads(parent);
		await look(parent, "uploads-parent");
		parentWatch.assertClean();
		const manager = await signedIn("houseManager", "phone");
		const managerWatch = watchPage(manager);
		const groupPath = await staffGroupPath(manager);
		await manager.goto(`${groupPath}/uploads`);
		await manager.getByRole("heading", { name: fr.uploads.staff.title }).waitFor();
		await look(manager, "uploads-staff-list");
		await manager
			.getByRole("link", { name: /Ouvrir le document de Nino Forius/ })
			.first()
			.click();
		await manager.getByRole("heading", { name: /— Nino Forius$/ }).waitFor();
		await look(manager, "uploads-staff-review");
		managerWatch.assertClean();
	});
});
