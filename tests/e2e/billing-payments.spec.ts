/**
 * « Paiements » (issue 14 §7) in Chromium, on the seeded demo whose invoices were issued: the
 * group admin uploads the bank's CODA file; the transfer with the invoice's structured
 * communication pays it on its own, the one without is assigned by hand to its invoice by
 * number; a file above the limit is refused in the page, and uploading the same file again is
 * refused with a message that says which statement.
 * Pictured at 1280 and 360 px.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { fr } from "#app/locales/fr.ts";
import { MAX_CODA_BYTES } from "#app/routes/staff/$groupId/billing/payments-forms.ts";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { look } from "./support/axe.ts";
import { demoStatement, type IssuedInvoice, invoiceStatus, issueDemoInvoices } from "./support/billing.ts";
import { launchBrowser, newContext, signInAs, watchPage } from "./support/browser.ts";

let app: AppServer;
let browser: Browser;
let groupId: string;
let invoices: IssuedInvoice[];
let codaFile: string;

const words = fr.billing.staff.payments;
const tr = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));

beforeAll(async () => {
	app = await startAppServer();
	browser = await launchBrowser();
	({ groupId, invoices } = await issueDemoInvoices(app));
	if (invoices.length < 2) throw new Error(`the demo run issued ${invoices.length} invoice(s), 2 are needed`);
	const [first, second] = invoices as [IssuedInvoice, IssuedInvoice];
	codaFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "coda-")), "extrait-017.cod");
	fs.writeFileSync(
		codaFile,
		demoStatement("017", [
			{ cents: first.totalCents, invoice: first },
			{ cents: second.totalCents, text: `Stage de carnaval ${second.label}` },
		]),
		"latin1",
	);
});

afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

async function openPayments(viewport: "desktop" | "phone"): Promise<Page> {
	const context = await newContext(browser, { baseURL: app.url, viewport });
	await signInAs(context, { identifier: demoAccounts.staff.username, password: demoAccounts.staff.password });
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	await page.goto(`/staff/${groupId}/billing/payments`);
	await page.getByRole("heading", { name: words.title, level: 1 }).waitFor();
	return page;
}

describe("payments from a CODA file", () => {
	it("the group admin uploads the statement: one invoice paid on its own, the other assigned by hand", async () => {
		const [first, second] = invoices as [IssuedInvoice, IssuedInvoice];
		const page = await openPayments("desktop");
		const watch = watchPage(page);
		await page.getByText(words.noStatements).waitFor();
		await look(page, "staff-payments-empty");

		// Above the limit: refused in the page, before anything is sent.
		const posts: string[] = [];
		page.on("request", (request) => {
			if (request.method() === "POST") posts.push(request.url());
		});
		await page.getByLabel(words.file).setInputFiles({
			name: "enorme.cod",
			mimeType: "text/plain",
			buffer: Buffer.alloc(MAX_CODA_BYTES + 1, "0"),
		});
		await page.getByRole("button", { name: words.import }).click();
		await page.getByText(words.fileTooLarge).waitFor();
		expect(posts).toEqual([]);

		await page.getByLabel(words.file).setInputFiles(codaFile);
		await page.getByRole("button", { name: words.import }).click();
		await page.getByText(tr(words.imported, { statement: "017", matched: 1, unmatched: 1 })).waitFor();
		expect(await invoiceStatus(app, first.id)).toBe("paid");
		expect(await invoiceStatus(app, second.id)).toBe("open");
		const movement = page.getByRole("listitem").filter({ hasText: `Stage de carnaval ${second.label}` });
		await movement.getByText(words.movementStatus.unmatched).waitFor();
		await look(page, "staff-payments");

		// A number that is no open invoice is refused under the field, what was typed kept.
		await movement.getByLabel(words.invoiceNumber).fill("1999/00001");
		await movement.getByRole("button", { name: words.match }).click();
		await movement.getByText(words.unknownInvoice).waitFor();
		expect(await movement.getByLabel(words.invoiceNumber).inputValue()).toBe("1999/00001");
		await movement.getByLabel(words.invoiceNumber).fill(second.label);
		await movement.getByRole("button", { name: words.match }).click();
		await page.getByText(tr(words.matched, { number: second.label })).waitFor();
		await page.getByText(words.noneUnmatched).waitFor();
		expect(await invoiceStatus(app, second.id)).toBe("paid");
		// The invoice says so on its page too.
		await page.goto(`/staff/${groupId}/billing/invoices/${second.id}`);
		await page.getByText(fr.billing.status.paid, { exact: true }).first().waitFor();
		await page.goto(`/staff/${groupId}/billing/payments`);

		// The same file again: refused, saying which statement it is.
		await page.getByLabel(words.file).setInputFiles(codaFile);
		await page.getByRole("button", { name: words.import }).click();
		const date = new Intl.DateTimeFormat("fr-BE", { timeZone: "Europe/Brussels" })
			.formatToParts(new Date())
			.filter((part) => part.type !== "literal")
			.map((part) => part.value.padStart(2, "0"));
		await page
			.getByText(
				tr(words.alreadyImported, {
					account: "BE68 5390 0754 7034",
					statement: "017",
					date: date.join("/"),
				}),
			)
			.waitFor();
		watch.clear();
		watch.assertClean();
	});

	it("on a phone: the statements imported and nothing left to handle", async () => {
		const page = await openPayments("phone");
		const watch = watchPage(page);
		await page.getByRole("cell", { name: tr(words.statementLabel, { number: "017" }) }).waitFor();
		await page.getByText(words.noneUnmatched).waitFor();
		await look(page, "staff-payments");
		watch.assertClean();
	});
});
