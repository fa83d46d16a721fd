/**
 * A paged staff list in Chromium (decision 028): on a generated group with 120 offers, a
 * group admin filters « Stages et activités » by status and goes from page to page; the
 * links keep the filter, the pages are accessible, and the navigation is named.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { largeGroupPasswords } from "#app/db/large-group.server.ts";
import { fr } from "#app/locales/fr.ts";
import { type AppServer, freePort, startAppServer } from "#tests/support/app-server.ts";
import { expectAccessible } from "./support/axe.ts";
import { launchBrowser, newContext, screenshot, signInAs, watchPage } from "./support/browser.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const tr = (text: string, values: Record<string, string | number>) =>
	text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

let app: AppServer;
let browser: Browser;
let context: BrowserContext;
let groupId: string;

beforeAll(async () => {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-e2e-paged-"));
	const port = await freePort();
	const env = {
		PATH: process.env.PATH,
		HOME: process.env.HOME,
		APP_ENV: "test",
		DATA_DIR: dataDir,
		APP_URL: `http://127.0.0.1:${port}`,
	};
	const { stdout } = await run(
		process.execPath,
		[
			"--import",
			"tsx",
			"scripts/db-generate.ts",
			"--children",
			"300",
			"--offers",
			"120",
			"--registrations",
			"2400",
			"--audit",
			"500",
			"--json",
		],
		{ cwd: root, env },
	);
	groupId = (JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { groupId: string }).groupId;
	app = await startAppServer({ port, dataDir });
	browser = await launchBrowser();
	context = await newContext(browser, { baseURL: app.url });
	await signInAs(context, { identifier: "admin.grandeville", password: largeGroupPasswords.staff });
}, 120_000);

afterAll(async () => {
	await context?.close();
	await browser?.close();
	await app?.stop();
});

describe("paged staff lists", () => {
	it("filters the offers by status and keeps the filter from page to page", async () => {
		const page = await context.newPage();
		const watch = watchPage(page);
		await page.goto(`/staff/${groupId}/offers`);
		const pages = page.getByRole("navigation", { name: tr(fr.pager.label, { list: fr.offerAdmin.title }) });
		expect(await pages.getByRole("link", { name: fr.pager.previous }).count()).toBe(0);

		await page.getByLabel(fr.listFilters.status, { exact: true }).selectOption({ value: "open" });
		await page.getByRole("button", { name: fr.offerAdmin.filters.apply }).click();
		await page.waitForURL(/[?&]status=open/);
		const offers = page.getByRole("main").getByRole("listitem").filter({ hasText: fr.offerAdmin.list.placesLabel });
		// The oldest offers (closed) came first before the filter: wait until the filtered page replaced them.
		await offers.filter({ hasText: fr.offers.status.closed }).first().waitFor({ state: "detached" });
		expect(await offers.count()).toBe(50);
		expect(await offers.filter({ hasText: fr.offers.status.open }).count()).toBe(50);
		await pages.getByText(tr(fr.pager.current, { page: 1 })).waitFor();
		await expectAccessible(page);

		await pages.getByRole("link", { name: fr.pager.next }).click();
		await page.waitForURL(/[?&]page=2/);
		expect(new URL(page.url()).searchParams.get("status")).toBe("open");
		await pages.getByText(tr(fr.pager.current, { page: 2 })).waitFor();
		// 80 offers are open (the two upcoming periods): 30 on the second page, and no third.
		expect(await offers.count()).toBe(30);
		expect(await pages.getByRole("link", { name: fr.pager.next }).count()).toBe(0);
		await screenshot(page, "staff-offers-page-2");
		await expectAccessible(page);

		await pages.getByRole("link", { name: fr.pager.previous }).click();
		await page.waitForURL((url) => url.searchParams.get("status") === "open" && !url.searchParams.has("page"));
		await pages.getByText(tr(fr.pager.current, { page: 1 })).waitFor();
		expect(await offers.count()).toBe(50);
		watch.assertClean();
	});
});
