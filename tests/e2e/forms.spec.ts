/**
 * Forms never lose what the user typed, and always say what went wrong (issue 11 §4), in
 * Chromium with JavaScript on: the in-app warning before leaving unsaved changes, server
 * refusals shown at the form that was sent, every mistake at once, no stale success message,
 * and the staff page's invitation and member forms.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { fr } from "#app/locales/fr.ts";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { expectAccessible, look } from "./support/axe.ts";
import { launchBrowser, newContext, screenshot, signInAs, watchPage } from "./support/browser.ts";

let app: AppServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	app = await startAppServer();
	browser = await launchBrowser();
});

afterAll(async () => {
	for (const context of contexts) await context.close().catch(() => undefined);
	await browser?.close();
	await app?.stop();
});

/** A signed-in page; any browser dialog (window.confirm, the tab-closing prompt) fails the test. */
async function signedInPage(
	account: { username: string; password: string },
	viewport: "desktop" | "phone" = "desktop",
): Promise<{ page: Page; browserDialogs: string[] }> {
	const context = await newContext(browser, { baseURL: app.url, viewport });
	contexts.push(context);
	await signInAs(context, { identifier: account.username, password: account.password });
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	const browserDialogs: string[] = [];
	page.on("dialog", (dialog) => {
		browserDialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return { page, browserDialogs };
}

/** Waits until React has hydrated the page (our guards and checks run in the browser). */
async function hydrated(page: Page): Promise<void> {
	await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

function unsavedDialog(page: Page) {
	return page.getByRole("dialog", { name: fr.forms.unsaved.title });
}

function flash(page: Page, message: string) {
	return page.getByRole("status").filter({ hasText: message });
}

/** The staff overview of Léa's dossier (submitted, not yet validated, in the demo data). */
async function openLeaAsStaff(page: Page): Promise<string> {
	await page.goto("/staff");
	await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
	const groupPath = new URL(page.url()).pathname;
	await page.goto(`${groupPath}/children?q=L%C3%A9a`);
	await page.getByRole("link", { name: "FORIUS Léa" }).click();
	await page.getByRole("button", { name: fr.families.staff.validate.submit }).waitFor();
	await hydrated(page);
	return page.url();
}

describe("forms", () => {
	it("asks in the page before a menu link leaves unsaved changes: staying keeps them, leaving goes", async () => {
		for (const viewport of ["desktop", "phone"] as const) {
			const { page, browserDialogs } = await signedInPage(demoAccounts.parent, viewport);
			const watch = watchPage(page);
			await page.goto("/me");
			await hydrated(page);
			// Leaving the field runs Conform's validation (a submit event of its own): not a save.
			await page.getByLabel(fr.families.profile.locality).fill("Dolhain");
			await page.getByLabel(fr.families.profile.street).focus();

			const menu = page.getByRole("navigation", { name: fr.nav.main });
			await menu.getByRole("link", { name: fr.nav.children }).click();
			const dialog = unsavedDialog(page);
			await dialog.waitFor();
			await dialog.getByText(fr.forms.unsaved.body).waitFor();
			await expectAccessible(page);
			await screenshot(page, "forms-unsaved-dialog");

			await dialog.getByRole("button", { name: fr.forms.unsaved.stay }).click();
			await dialog.waitFor({ state: "hidden" });
			expect(new URL(page.url()).pathname).toBe("/me");
			expect(await page.getByLabel(fr.families.profile.locality).inputValue()).toBe("Dolhain");

			await menu.getByRole("link", { name: fr.nav.children }).click();
			await dialog.getByRole("button", { name: fr.forms.unsaved.leave }).click();
			await page.waitForURL((url) => url.pathname === "/children");
			expect(browserDialogs).toEqual([]);
			watch.assertClean();
		}
	});

	it("counts what was typed before the page's scripts started as unsaved", async () => {
		const { page } = await signedInPage(demoAccounts.parent);
		// Hold the scripts back until the user has typed, as on a slow phone connection.
		let release: () => void = () => undefined;
		const scriptsHeld = new Promise<void>((resolve) => {
			release = resolve;
		});
		await page.route("**/assets/*.js", async (route) => {
			await scriptsHeld;
			await route.continue();
		});
		await page.goto("/me", { waitUntil: "domcontentloaded" });
		await page.getByLabel(fr.families.profile.locality).fill("Dolhain");
		release();
		await hydrated(page);

		await page.getByRole("navigation", { name: fr.nav.main }).getByRole("link", { name: fr.nav.children }).click();
		await unsavedDialog(page).getByRole("button", { name: fr.forms.unsaved.stay }).click();
		expect(new URL(page.url()).pathname).toBe("/me");
		expect(await page.getByLabel(fr.families.profile.locality).inputValue()).toBe("Dolhain");
	});

	it("guards the medical « Autres informations » too, and lets a saved form go without asking", async () => {
		const { page, browserDialogs } = await signedInPage(demoAccounts.parent);
		await page.goto("/children");
		await page.getByRole("link", { name: /Léa/ }).first().click();
		await page.getByRole("link", { name: fr.nav.child.medical }).click();
		await hydrated(page);
		const other = page.getByLabel(fr.families.medical.otherInformation);
		await other.fill("Porte des lunettes.");
		const menu = page.getByRole("navigation", { name: fr.nav.main });
		await menu.getByRole("link", { name: fr.nav.myData }).click();
		await unsavedDialog(page).getByRole("button", { name: fr.forms.unsaved.stay }).click();
		expect(await other.inputValue()).toBe("Porte des lunettes.");

		await page.getByRole("button", { name: fr.families.dossier.save }).click();
		await flash(page, fr.families.dossier.saved).waitFor();
		await menu.getByRole("link", { name: fr.nav.myData }).click();
		await page.waitForURL((url) => url.pathname === "/me");
		expect(await unsavedDialog(page).count()).toBe(0);
		expect(browserDialogs).toEqual([]);
	});

	it("shows every mistake of « Mes données » at once, and drops the earlier success message", async () => {
		const { page } = await signedInPage(demoAccounts.parent);
		await page.goto("/me");
		await hydrated(page);
		const save = page.getByRole("button", { name: fr.families.profile.submit });
		await save.click();
		await flash(page, fr.families.profile.saved).waitFor();

		await page.getByLabel(fr.families.profile.street).fill("");
		// Enter submits from the field: its own check on leaving it does not run first.
		await page.getByLabel(fr.families.profile.postalCode).fill("48");
		await page.getByLabel(fr.families.profile.postalCode).press("Enter");
		await page.getByText(fr.validation.required).waitFor();
		await page.getByText(fr.validation.postalCode).waitFor();
		expect(await flash(page, fr.families.profile.saved).count()).toBe(0);
		await look(page, "forms-all-errors");
	});

	it("shows the server's refusal of a merge at the merge form, with no stale success beside it", async () => {
		const { page } = await signedInPage(demoAccounts.staff);
		const watch = watchPage(page);
		await openLeaAsStaff(page);
		await page.getByRole("button", { name: fr.families.staff.codes.issue }).click();
		await page.getByRole("status").waitFor();

		const merge = page.locator("form#merge-dossier");
		await merge.getByLabel(fr.families.staff.merge.targetFileNumber).fill("999");
		await merge.getByRole("button", { name: fr.families.staff.merge.submit }).click();
		await merge.getByText(fr.families.staff.merge.noTarget).waitFor();
		expect(await merge.getByLabel(fr.families.staff.merge.targetFileNumber).inputValue()).toBe("999");
		expect(await page.getByRole("status").count()).toBe(0);
		watch.clear(); // the 400 of that answer is expected
		await look(page, "forms-merge-refused");
	});

	it("shows « already validated » when another tab validated the dossier first", async () => {
		const { page: first } = await signedInPage(demoAccounts.staff);
		const { page: second } = await signedInPage(demoAccounts.staff);
		const address = await openLeaAsStaff(first);
		await second.goto(address);
		await hydrated(second);

		// Léa's dossier is incomplete: both tabs tick « malgré N données manquantes » (decision 026).
		const confirmMissing = /^Je valide ce dossier malgré \d+ données? manquantes?$/;
		await first.getByLabel(confirmMissing).check();
		await first.getByRole("button", { name: fr.families.staff.validate.submit }).click();
		await flash(first, fr.families.staff.validate.done).waitFor();
		await second.getByLabel(confirmMissing).check();
		await second.getByRole("button", { name: fr.families.staff.validate.submit }).click();
		await second.locator("form#validate-dossier").getByText(fr.families.staff.validate.notSubmitted).waitFor();
	});

	it("keeps the typed invitation e-mail after a refusal, and shows a role refusal under that member", async () => {
		const { page } = await signedInPage(demoAccounts.staff);
		const watch = watchPage(page);
		await page.goto("/staff");
		await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
		await page.goto(`${new URL(page.url()).pathname}/staff`);
		await hydrated(page);

		const invite = page.getByRole("region", { name: fr.staff.invite.title });
		await invite.getByLabel(fr.auth.fields.email).fill(demoAccounts.houseManager.email);
		await invite.getByLabel(fr.staff.fields.role, { exact: true }).selectOption({ label: fr.staff.roles.reader });
		await invite.getByRole("checkbox", { name: "Crèche Les Petits Lutins" }).check();
		await invite.getByRole("button", { name: fr.staff.invite.submit }).click();
		await invite.getByText(fr.staff.invite.alreadyMember).waitFor();
		expect(await invite.getByLabel(fr.auth.fields.email).inputValue()).toBe(demoAccounts.houseManager.email);

		// Sylvie is the group's only admin: she may not make herself a reader.
		const sylvie = page.getByRole("listitem").filter({ hasText: demoAccounts.staff.email });
		await sylvie.getByText(fr.staff.members.change).click();
		await sylvie.getByLabel(fr.staff.fields.role).selectOption({ label: fr.staff.roles.reader });
		await sylvie.getByRole("checkbox", { name: "Crèche Les Petits Lutins" }).check();
		await sylvie.getByRole("button", { name: fr.staff.members.save }).click();
		await sylvie.getByText(fr.staff.lastAdmin).waitFor();
		expect(await invite.getByText(fr.staff.lastAdmin).count(), "the role refusal under the invitation").toBe(0);
		expect(
			await invite.getByLabel(fr.auth.fields.email).inputValue(),
			"the invitation keeps its e-mail after another form's refusal",
		).toBe(demoAccounts.houseManager.email);
		watch.clear(); // the 409 answers are expected
		await look(page, "forms-staff-refusals");
	});

	it("loads a form's checks when one of its fields is first focused, then checks in the browser", async () => {
		const { page } = await signedInPage(demoAccounts.parent);
		const watch = watchPage(page);
		const scripts: string[] = [];
		const submissions: string[] = [];
		page.on("request", (request) => {
			if (request.method() === "POST") submissions.push(request.url());
			else if (request.url().includes("/assets/")) scripts.push(new URL(request.url()).pathname);
		});
		await page.goto("/me");
		await hydrated(page);
		expect(
			scripts.filter((script) => script.includes("/form-checks-")),
			"no checks before a field is focused",
		).toEqual([]);

		const checksLoaded = page.waitForResponse((response) => response.url().includes("/assets/form-checks-"));
		const locality = page.getByLabel(fr.families.profile.locality);
		await locality.focus();
		await checksLoaded;
		await locality.fill("");
		// The schema and zod arrive a moment after the checks' own module: leave the field until
		// the browser answers (before that, leaving it checks nothing and sends nothing).
		await expect
			.poll(
				async () => {
					await locality.focus();
					await page.getByLabel(fr.families.profile.street).focus();
					return locality.getAttribute("aria-invalid");
				},
				{ timeout: 10_000 },
			)
			.toBe("true");
		await page.getByText(fr.validation.required).first().waitFor();
		expect(submissions, "the browser checked the field itself").toEqual([]);
		watch.assertClean();
	});

	it("holds a submission back until the form's checks are there, then checks it in the browser", async () => {
		const { page } = await signedInPage(demoAccounts.parent);
		const watch = watchPage(page);
		const submissions: string[] = [];
		page.on("request", (request) => {
			if (request.method() === "POST") submissions.push(request.url());
		});
		await page.goto("/children/add/code");
		await hydrated(page);
		// Sent without any field focused (as autofill and Enter can): the checks are not loaded yet.
		await page
			.getByRole("button", { name: `+ ${fr.families.byCode.submit}` })
			.evaluate((button: HTMLButtonElement) => button.form?.requestSubmit(button));
		await expect
			.poll(() => page.getByLabel(fr.families.byCode.childCode).getAttribute("aria-invalid"), { timeout: 10_000 })
			.toBe("true");
		expect(submissions, "the browser refused the empty form itself").toEqual([]);
		watch.assertClean();
	});

	it("leaves the checks to the server when they cannot be loaded", async () => {
		const { page } = await signedInPage(demoAccounts.parent);
		await page.route("**/assets/form-checks-*.js", (route) => route.abort());
		await page.goto("/me");
		await hydrated(page);
		const postalCode = page.getByLabel(fr.families.profile.postalCode);
		await postalCode.fill("12");
		await page.getByLabel(fr.families.profile.locality).focus();
		expect(await postalCode.getAttribute("aria-invalid"), "no check in the browser").toBeNull();
		await page.getByRole("button", { name: fr.families.profile.submit }).click();
		await page.getByText(fr.validation.postalCode).waitFor();
		expect(await postalCode.inputValue(), "what was typed stays").toBe("12");
		expect(new URL(page.url()).pathname).toBe("/me");
	});
});
