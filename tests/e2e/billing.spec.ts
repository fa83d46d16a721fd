/**
 * Invoices as a family meets them (issue 14), in Chromium on the seeded demo: the parent finds
 * this month's invoice under « Factures » and in Nino's « Documents », reads how to pay it,
 * downloads the PDF, whose EPC QR code (decoded here from the rendered page) carries the amount
 * due and the structured communication shown on screen; the bank statement (CODA) that brings
 * that transfer back is imported by the group admin, and the parent then sees « payée », with
 * nothing left to pay. On a phone and at 1280 px.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import type { Browser } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { fr } from "#app/locales/fr.ts";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { look } from "./support/axe.ts";
import { demoStatement } from "./support/billing.ts";
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

async function signedIn(account: { username: string; password: string }, viewport: "phone" | "desktop") {
	const context = await newContext(browser, { baseURL: app.url, viewport });
	await signInAs(context, { identifier: account.username, password: account.password });
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	return { context, page };
}

/** The QR code of a PDF's first page, decoded. */
async function qrOfPdf(pdf: Buffer): Promise<string | undefined> {
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), "invoice-e2e-"));
	fs.writeFileSync(path.join(directory, "invoice.pdf"), pdf);
	execFileSync("pdftoppm", [
		"-r",
		"150",
		"-png",
		"-singlefile",
		path.join(directory, "invoice.pdf"),
		path.join(directory, "page"),
	]);
	const { data, info } = await sharp(path.join(directory, "page.png"))
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

describe("a family's invoices", () => {
	it("the parent pays this month's invoice from the QR code, the CODA statement brings it back, the parent sees « payée »", async () => {
		const { page } = await signedIn(demoAccounts.parent, "phone");
		const watch = watchPage(page);
		await page.goto("/children");
		await page.getByRole("link", { name: "Voir le dossier de l'enfant — Nino FORIUS" }).click();
		await page
			.getByRole("navigation", { name: "Dossier de l'enfant" })
			.getByRole("link", { name: "Documents" })
			.click();
		await page.getByRole("heading", { name: "Factures concernant Nino" }).waitFor();
		await look(page, "billing-documents");

		await page.getByRole("navigation", { name: fr.nav.main }).getByRole("link", { name: fr.nav.invoices }).click();
		await page.getByRole("heading", { level: 1, name: fr.billing.parent.title }).waitFor();
		const open = page.getByRole("listitem").filter({ hasText: fr.billing.status.open });
		await open.getByRole("link").first().click();
		const title = await page.getByRole("heading", { level: 1, name: /^Facture \d{4}\/\d{5}$/ }).textContent();
		const payment = page.getByRole("region", { name: /^À payer/ });
		const communication = (await payment.getByText(/\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+/).textContent())?.match(
			/\+\+\+(\d{3})\/(\d{4})\/(\d{5})\+\+\+/,
		);
		expect(communication).toBeTruthy();
		const digits = communication?.slice(1).join("") ?? "";
		await expect(payment.getByRole("img", { name: /Code QR de paiement/ }).isVisible()).resolves.toBe(true);
		await look(page, "billing-invoice");

		// The PDF, as the download link gives it, with a QR code a banking app reads.
		const href = await page.getByRole("link", { name: fr.billing.invoice.download }).getAttribute("href");
		const response = await page.request.get(href ?? "");
		expect(response.headers()["content-type"]).toBe("application/pdf");
		const payload = await qrOfPdf(await response.body());
		const lines = payload?.split("\n") ?? [];
		expect(lines.slice(0, 4)).toEqual(["BCD", "002", "1", "SCT"]);
		expect(lines[5]).toBe("Administration communale de Limbourg");
		expect(lines[6]).toBe("BE68539007547034");
		expect(lines[7]).toMatch(/^EUR\d+\.\d{2}$/);
		expect(lines[9]).toBe(digits);
		const invoiceUrl = page.url();

		// The family's bank pays what the QR code says; the group's bank statement brings it back.
		const staff = await signedIn(demoAccounts.staff, "desktop");
		const invoiceId = new URL(invoiceUrl).pathname.split("/").at(-1) ?? "";
		await staff.page.goto("/staff");
		await staff.page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
		const groupPath = new URL(staff.page.url()).pathname;
		const cents = Math.round(Number((lines[7] ?? "").replace("EUR", "")) * 100);
		const statement = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "coda-")), "extrait-042.cod");
		fs.writeFileSync(
			statement,
			demoStatement("042", [
				{ cents, invoice: { id: invoiceId, label: title ?? "", communication: lines[9] ?? "", totalCents: cents } },
			]),
			"latin1",
		);
		await staff.page.goto(`${groupPath}/billing/payments`);
		await staff.page.getByLabel(fr.billing.staff.payments.file).setInputFiles(statement);
		await staff.page.getByRole("button", { name: fr.billing.staff.payments.import }).click();
		await staff.page.getByText(/^Extrait 042 importé/).waitFor();
		await staff.page.goto(`${groupPath}/billing/invoices/${invoiceId}`);
		await staff.page.getByText(fr.billing.status.paid, { exact: true }).first().waitFor();
		await screenshot(staff.page, "billing-staff-invoice");

		await page.goto(invoiceUrl);
		await page.getByText(fr.billing.invoice.paidInFull).waitFor();
		expect(await page.getByRole("region", { name: /^À payer/ }).count()).toBe(0);
		await page.goto("/invoices");
		await page.getByRole("link", { name: title ?? "" }).waitFor();
		const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title ?? "" }) });
		await card.getByText(fr.billing.status.paid, { exact: true }).waitFor();
		watch.assertClean();
	});

	it("looks finished at 1280 px: the list, the invoice and its payment box", async () => {
		const { page } = await signedIn(demoAccounts.parent, "desktop");
		await page.goto("/invoices");
		await page.getByRole("heading", { level: 1, name: fr.billing.parent.title }).waitFor();
		await look(page, "billing-invoices");
	});
});
