/**
 * « Messages » (guide §9, issue 13) in Chromium, on the seeded demo, at 1280 and 360 px: Nino's
 * parent writes to the crèche with a photo and a PDF, the crèche's manager reads and replies,
 * the parent sees the reply and the unread badge clears; staff send a group message to a camp's
 * families after seeing how many it reaches.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { look } from "./support/axe.ts";
import { launchBrowser, newContext, signInAs, watchPage } from "./support/browser.ts";

let app: AppServer;
let browser: Browser;
const files = fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-e2e-files-"));
const photo = path.join(files, "IMG_2044.jpg");
const pdf = path.join(files, "certificat.pdf");

beforeAll(async () => {
	app = await startAppServer();
	browser = await launchBrowser();
	const gps = { IFD3: { GPSLatitudeRef: "N", GPSLatitude: "50/1 36/1 0/1" } };
	fs.writeFileSync(
		photo,
		await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#5a9" } })
			.withExif(gps)
			.jpeg()
			.toBuffer(),
	);
	fs.writeFileSync(pdf, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
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
	return { context, page };
}

/** The main menu's « Messages » link (its name carries the unread count when there is one). */
const messagesLink = (page: Page) =>
	page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: /^Messages/ });

async function staffGroupPath(page: Page): Promise<string> {
	await page.goto("/staff");
	await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
	return new URL(page.url()).pathname;
}

describe("messages between a family and the crèche", () => {
	for (const viewport of ["desktop", "phone"] as const) {
		it(`${viewport}: the parent writes with a photo and a PDF, the manager replies, the badge clears`, async () => {
			const contexts: BrowserContext[] = [];
			const subject = `Vaccin de Nino (${viewport})`;

			const parent = await signedIn("parent", viewport);
			contexts.push(parent.context);
			const parentWatch = watchPage(parent.page);
			await parent.page.goto("/messages");
			await parent.page.getByRole("heading", { name: "Messages", level: 1 }).waitFor();
			await parent.page.getByRole("link", { name: "+ Nouveau message" }).click();
			await parent.page.getByLabel("Enfant", { exact: true }).selectOption({ label: "Nino Forius" });
			await parent.page.getByRole("button", { name: "Continuer" }).click();
			await parent.page.getByLabel("Destinataire", { exact: true }).waitFor();
			await parent.page.getByLabel("Destinataire", { exact: true }).selectOption({ label: "Crèche Les Petits Lutins" });
			await parent.page.getByLabel("Sujet", { exact: true }).fill(subject);
			await parent.page
				.getByLabel("Message", { exact: true })
				.fill("Bonjour, voici le certificat de vaccination et une photo de la réaction.");
			await parent.page.getByLabel("Pièces jointes", { exact: true }).setInputFiles([photo, pdf]);
			await look(parent.page, "messages-new");
			await parent.page.getByRole("button", { name: "Envoyer le message" }).click();
			await parent.page.getByRole("heading", { name: subject }).waitFor();
			await parent.page.getByText("Votre message a été envoyé.").waitFor();
			await parent.page.getByRole("link", { name: /IMG_2044\.jpg/ }).waitFor();
			await parent.page.getByRole("link", { name: /certificat\.pdf/ }).waitFor();
			parentWatch.assertClean();

			const manager = await signedIn("houseManager", viewport);
			contexts.push(manager.context);
			const managerWatch = watchPage(manager.page);
			const groupPath = await staffGroupPath(manager.page);
			await manager.page.goto(`${groupPath}/messages`);
			await manager.page.getByRole("link", { name: new RegExp(subject.replace(/[()]/g, "\\$&")) }).waitFor();
			await look(manager.page, "messages-inbox");
			await manager.page.getByRole("link", { name: new RegExp(subject.replace(/[()]/g, "\\$&")) }).click();
			await manager.page.getByRole("heading", { name: subject }).waitFor();
			const download = manager.page.waitForEvent("download");
			await manager.page.getByRole("link", { name: /IMG_2044\.jpg/ }).click();
			const saved = await (await download).path();
			expect((await sharp(saved).metadata()).exif).toBeUndefined();
			await manager.page
				.getByLabel("Votre réponse", { exact: true })
				.fill("Merci, c'est bien noté. Nous garderons un œil sur Nino.");
			await manager.page.getByRole("button", { name: "Envoyer", exact: true }).click();
			await manager.page.getByText("Votre réponse a été envoyée à la famille.").waitFor();
			await look(manager.page, "messages-staff-thread");
			managerWatch.assertClean();

			await parent.page.goto("/messages");
			await expect.poll(() => messagesLink(parent.page).textContent()).toMatch(/\d/);
			await parent.page.getByRole("link", { name: new RegExp(`Non lu${subject.replace(/[()]/g, "\\$&")}`) }).waitFor();
			await look(parent.page, "messages-list");
			await parent.page.getByRole("link", { name: new RegExp(subject.replace(/[()]/g, "\\$&")) }).click();
			await parent.page.getByText("Merci, c'est bien noté. Nous garderons un œil sur Nino.").waitFor();
			await parent.page.getByText("Lu", { exact: false }).first().waitFor();
			await look(parent.page, "messages-thread");
			await parent.page.goto("/messages");
			await parent.page.getByRole("link", { name: new RegExp(subject.replace(/[()]/g, "\\$&")) }).waitFor();
			expect(
				await parent.page.getByRole("link", { name: new RegExp(`Non lu${subject.replace(/[()]/g, "\\$&")}`) }).count(),
			).toBe(0);
			parentWatch.assertClean();
			for (const context of contexts) await context.close();
		});
	}

	it("staff send a group message to a camp's families, seeing the count first", async () => {
		for (const viewport of ["desktop", "phone"] as const) {
			const { context, page } = await signedIn("staff", viewport);
			const watch = watchPage(page);
			const groupPath = await staffGroupPath(page);
			await page.goto(`${groupPath}/messages`);
			await page.getByRole("link", { name: "Message groupé" }).click();
			await page.getByRole("heading", { name: "Message groupé", level: 1 }).waitFor();
			await page.getByLabel("Les familles d'un stage ou d'une activité", { exact: true }).check();
			const option = page
				.getByLabel("Stage ou activité", { exact: true })
				.locator("option", { hasText: "Cirque" })
				.first();
			await page
				.getByLabel("Stage ou activité", { exact: true })
				.selectOption((await option.getAttribute("value")) ?? "");
			await page.getByRole("button", { name: "Compter les familles" }).click();
			const status = page.getByRole("status");
			await status.waitFor();
			const count = Number(/(\d+) famille/.exec((await status.textContent()) ?? "")?.[1]);
			expect(count).toBeGreaterThan(0);
			await page.getByLabel("Sujet", { exact: true }).fill(`Cirque : apportez un costume (${viewport})`);
			await page
				.getByLabel("Message", { exact: true })
				.fill("Pour le spectacle de vendredi, chaque enfant apporte un costume.");
			await look(page, "messages-broadcast");
			await page.getByRole("button", { name: "Envoyer le message groupé" }).click();
			await page.getByText(new RegExp(`Message envoyé à ${count} famille`)).waitFor();
			watch.assertClean();
			await context.close();
		}
	});
});
