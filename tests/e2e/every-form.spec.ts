/**
 * Every form of the application, submitted once in Chromium with JavaScript on, as the role
 * that may use it. With JavaScript on React Router posts to the page's `.data` address; a
 * redirect built from that address (`…/registrations.data`, `/sign-in?redirectTo=/me.data`)
 * ends on « Page introuvable » although the change was saved. Each submission checks that no
 * answer of our server failed, that the page after is not an error page, that its address has
 * no `.data`, and that the expected message or page shows.
 *
 * `forms` below lists what is covered; the first test scans app/routes and app/ui and fails
 * when a form or an `intent` is missing from it, so a new form must be added here.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { demoFamily } from "#app/db/seed-families.server.ts";
import { registrationDecisions } from "#app/domain/offers/registration-decisions.ts";
import { fr } from "#app/locales/fr.ts";
import { type AppServer, freePort, startAppServer } from "#tests/support/app-server.ts";
import { startOidcProvider, type TestOidcProvider } from "#tests/support/oidc-provider.ts";
import { type SmtpCapture, start as startSmtp } from "#tests/support/smtp-capture.ts";
import { expectAccessible } from "./support/axe.ts";
import { demoStatement, type IssuedInvoice, issueDemoInvoices } from "./support/billing.ts";
import { launchBrowser, newContext, screenshot, signInAs, watchPage } from "./support/browser.ts";

/**
 * Every file of app/ that holds a form, with one name per submission this spec makes: the
 * form's `intent` where it has one (the scan checks those), otherwise a name of our own.
 * A shared component used by several routes lists each use (`save@staff`).
 */
const forms: Record<string, string[]> = {
	"ui/language-switcher.tsx": ["language"],
	"ui/shell.tsx": ["sign-out"],
	"routes/sign-up.tsx": ["sign-up"],
	"routes/sign-in.tsx": ["sign-in", "resend", "openid"],
	"routes/account/confirmed.tsx": ["resend"],
	"routes/forgot-password.tsx": ["forgot-password"],
	"routes/reset-password.tsx": ["reset-password"],
	"routes/account/index.tsx": ["change-email", "change-password", "revoke-session", "revoke-all"],
	"routes/account/confirm-email.tsx": ["confirm-email"],
	"routes/invitations/accept.tsx": ["as-signed-in", "new-account", "sign-out-to-accept"],
	"routes/operator/index.tsx": ["create-group", "invite-admin"],
	"routes/me.tsx": ["save", "message-mail"],
	"routes/staff/$groupId/children/$childId/houses.tsx": ["enrol", "end-enrolment"],
	"routes/children/+shared/add-child-form.tsx": ["add-new", "add-code"],
	"routes/children/+shared/calendar-feed-section.tsx": ["regenerate"],
	"routes/children/$childId/+shared/catalogue-filters.tsx": ["filter"],
	"routes/children/$childId/+shared/offer-card.tsx": ["register", "register@activities"],
	"routes/children/$childId/+shared/registrations-section.tsx": ["cancel"],
	"routes/children/$childId/meals.tsx": ["sick", "cancel", "book", "book-week", "pattern"],
	"routes/staff/$groupId/meals/index.tsx": ["kitchen-day"],
	"routes/staff/$groupId/children/$childId/meals.tsx": ["staff-cancel", "staff-book"],
	"routes/staff/$groupId/meals/menus.tsx": ["save-day", "copy-week", "create-offer"],
	"routes/staff/$groupId/meals/offer.tsx": ["set-price", "set-rules", "save-details"],
	"routes/+shared/dossier/general-section.tsx": ["save", "save@staff"],
	"routes/+shared/dossier/supplementary-section.tsx": ["save", "save@staff"],
	"routes/+shared/dossier/medical-section.tsx": [
		"save",
		"add-allergy",
		"remove-allergy",
		"add-medication",
		"remove-medication",
		"save@staff",
	],
	"routes/+shared/dossier/contacts-section.tsx": ["add", "update", "remove", "add@staff"],
	"routes/+shared/dossier/entry-list.tsx": ["remove-allergy", "remove-medication", "remove"],
	"routes/staff/$groupId/houses/+shared/house-form.tsx": ["create", "update", "update@house-manager"],
	"routes/staff/$groupId/houses/$houseId.tsx": [
		"update",
		"update@house-manager",
		"archive-house",
		"restore-house",
		"delete-house",
		"close-day",
		"reopen-day",
		"required-documents",
	],
	"routes/staff/$groupId/houses/index.tsx": ["create"],
	"routes/staff/$groupId/settings.tsx": ["save"],
	"routes/staff/$groupId/staff.tsx": ["invite", "change-role", "remove", "revoke-invitation"],
	"routes/staff/$groupId/offers/index.tsx": [
		"filter",
		"filter@status-date",
		"create-period",
		"archive-period",
		"restore-period",
		"delete-period",
	],
	"routes/staff/$groupId/offers/+shared/offer-form.tsx": ["save", "save@edit"],
	"routes/staff/$groupId/offers/$offerId/index.tsx": ["copy", "delete", "archive", "restore"],
	"routes/staff/$groupId/offers/$offerId/registrations/index.tsx": ["accept", "wait", "refuse", "cancel"],
	"routes/staff/$groupId/children/index.tsx": ["search", "search@date"],
	"routes/staff/$groupId/children/$childId/index.tsx": [
		"validate",
		"validate@confirm-missing",
		"merge",
		"remind",
		"unlink",
		"issue-code",
		"revoke-code",
		"save-billing",
	],
	"routes/messages/new.tsx": ["choose-child", "send"],
	"routes/messages/$threadId.tsx": ["reply"],
	"routes/staff/$groupId/messages/index.tsx": ["create-template", "delete-template"],
	"routes/staff/$groupId/messages/$threadId.tsx": ["assign", "done", "reopen", "reply", "note"],
	"routes/staff/$groupId/messages/broadcast.tsx": ["count", "broadcast"],
	"routes/staff/$groupId/documents/publish.tsx": ["count", "publish"],
	"routes/staff/$groupId/documents/index.tsx": ["withdraw"],
	"routes/children/$childId/documents/uploads.tsx": ["upload"],
	"routes/staff/$groupId/uploads/$uploadId.tsx": ["refuse", "accept"],
	"routes/staff/$groupId/audit/index.tsx": ["filter"],
	"routes/staff/$groupId/billing/settings.tsx": ["save"],
	"routes/staff/$groupId/billing/index.tsx": ["add-adjustment", "create-run", "discard-run", "confirm-run"],
	"routes/staff/$groupId/billing/invoices.tsx": ["filter"],
	"routes/staff/$groupId/billing/invoice.tsx": ["record-payment", "cancel-invoice"],
	"routes/staff/$groupId/billing/payments.tsx": ["import-coda", "match-movement", "ignore-movement"],
	"routes/staff/$groupId/billing/certificates/index.tsx": [
		"save-authority",
		"save-cap",
		"issue-certificates",
		"save-signature",
		"remove-signature",
	],
};

const appDir = path.resolve(import.meta.dirname, "../../app");
const submittedForms = new Set<string>();

type FormScan = { forms: number; intents: string[] };

/** The forms of a file as the source shows them: how many, and the `intent` values it names. */
function scanFile(source: string): FormScan {
	const count = source.match(/<(?:Form|form|fetcher\.Form)\b/g)?.length ?? 0;
	const intents = new Set<string>();
	for (const pattern of [
		/name="intent"\s+value="([^"]+)"/g,
		/\bintent="([^"]+)"/g,
		/value=\{catalogueIntents\.(\w+)\}/g,
	]) {
		for (const match of source.matchAll(pattern)) if (match[1]) intents.add(match[1]);
	}
	return { forms: count, intents: [...intents].sort() };
}

function scanApp(): Record<string, FormScan> {
	const found: Record<string, FormScan> = {};
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
				const source = fs.readFileSync(full, "utf8");
				const scan = scanFile(source);
				if (scan.forms > 0 || scan.intents.length > 0) found[path.relative(appDir, full)] = scan;
			}
		}
	};
	walk(path.join(appDir, "routes"));
	walk(path.join(appDir, "ui"));
	return found;
}

const errorTitles = [
	fr.errors.notFound.title,
	fr.errors.forbidden.title,
	fr.errors.serverError.title,
	fr.errors.tooManyRequests.title,
	fr.errors.payloadTooLarge.title,
	fr.errors.lengthRequired.title,
];

/** `{{name}}` placeholders of a catalogue string filled in. */
function tr(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));
}

let app: AppServer;
let browser: Browser;
let smtp: SmtpCapture;
let oidc: TestOidcProvider;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	const port = await freePort();
	smtp = await startSmtp();
	oidc = await startOidcProvider({
		redirectUri: `http://127.0.0.1:${port}/api/auth/callback/oidc`,
		accounts: {
			"paul.oidc": { email: "paul.oidc@gmail.example", emailVerified: true, givenName: "Paul", familyName: "Openid" },
		},
	});
	app = await startAppServer({
		port,
		env: {
			SMTP_URL: smtp.url,
			OIDC_ISSUER: oidc.issuer,
			OIDC_CLIENT_ID: oidc.clientId,
			OIDC_CLIENT_SECRET: oidc.clientSecret,
		},
	});
	browser = await launchBrowser();
});

afterAll(async () => {
	for (const context of contexts) await context.close().catch(() => undefined);
	await browser?.close();
	await app?.stop();
	await oidc?.close();
	await smtp?.close();
});

async function openPage(
	account?: { username: string; password: string },
	viewport: "desktop" | "phone" = "desktop",
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await newContext(browser, { baseURL: app.url, viewport });
	contexts.push(context);
	if (account) await signInAs(context, { identifier: account.username, password: account.password });
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	// « Retirer l'accès… ? » and the like: the user says yes.
	page.on("dialog", (dialog) => void dialog.accept());
	return { context, page };
}

/**
 * Submits one form and checks the page after: every answer of our server meanwhile below 400,
 * the expected outcome (a message, a heading, an address) shown rather than an error page,
 * and no `.data` in the address. `covers` names the entries of `forms` this submission uses.
 */
async function submit(
	page: Page,
	covers: [file: string, name: string][],
	act: () => Promise<unknown>,
	outcome: Locator | RegExp,
): Promise<void> {
	for (const [file, name] of covers) {
		if (!forms[file]?.includes(name)) throw new Error(`${file} ${name} is not in the list of forms`);
	}
	const failures: string[] = [];
	const onResponse = (response: { url(): string; status(): number; request(): { method(): string } }) => {
		if (response.url().startsWith(app.url) && response.status() >= 400) {
			failures.push(`${response.status()} ${response.request().method()} ${response.url()}`);
		}
	};
	page.on("response", onResponse);
	const errorHeading = page.getByRole("heading", { name: new RegExp(`^(${errorTitles.join("|")})$`) });
	try {
		await act();
		if (outcome instanceof RegExp) {
			await page.waitForURL(outcome);
		} else {
			await outcome.or(errorHeading).first().waitFor();
		}
		await page.waitForLoadState();
	} catch (error) {
		// Say where the page went and what it said instead.
		const alerts = await page.getByRole("alert").allTextContents();
		throw new Error(
			`${covers.map(([file, name]) => `${file} ${name}`).join(", ")}: ${(error as Error).message.split("\n")[0]}\n` +
				`  at ${page.url()}, answers ≥ 400: ${failures.join("; ") || "none"}, alerts: ${alerts.join(" | ") || "none"}`,
		);
	} finally {
		page.off("response", onResponse);
	}
	const label = covers.map(([file, name]) => `${file} ${name}`).join(", ");
	expect(failures, label).toEqual([]);
	expect(await errorHeading.count(), `${label}: error page at ${page.url()}`).toBe(0);
	expect(page.url(), label).not.toContain(".data");
	if (!(outcome instanceof RegExp)) expect(await outcome.first().isVisible(), label).toBe(true);
	for (const [file, name] of covers) submittedForms.add(`${file} ${name}`);
}

const flash = (page: Page, message: string) => page.getByText(message, { exact: true });

function linkIn(text: string, pathPart: string): string {
	const match = text.match(new RegExp(`https?://\\S*${pathPart.replace(/[/?]/g, "\\$&")}\\S*`));
	if (!match) throw new Error(`no ${pathPart} link in:\n${text}`);
	return match[0];
}

async function mailTo(address: string, subject: RegExp, after = 0) {
	return smtp.waitFor(
		(mail) => mail.to.includes(address) && subject.test(mail.subject) && smtp.messages.indexOf(mail) >= after,
		20_000,
	);
}

/** The signed-up parent, used by several roles below. */
const newParent = {
	username: "claire.martin",
	email: "claire.martin@example.test",
	password: "Girafe-Violette-42!",
	newPassword: "Cerf-Volant-Bleu-8!",
};

let groupPath = "";
let theoPath = "";

describe("every form, with JavaScript on", () => {
	it("every form of app/routes and app/ui is in this spec's list", () => {
		const found = scanApp();
		const problems: string[] = [];
		for (const [file, scan] of Object.entries(found)) {
			const names = forms[file];
			if (!names) {
				problems.push(`${file}: ${scan.forms} form(s) not in the list`);
				continue;
			}
			for (const intent of scan.intents) {
				if (!names.includes(intent)) problems.push(`${file}: intent "${intent}" not in the list`);
			}
			if (names.length < scan.forms) problems.push(`${file}: ${scan.forms} forms, ${names.length} listed`);
		}
		for (const file of Object.keys(forms)) {
			if (!found[file]) problems.push(`${file}: listed, but holds no form any more`);
		}
		const decisions = forms["routes/staff/$groupId/offers/$offerId/registrations/index.tsx"] ?? [];
		for (const decision of registrationDecisions) {
			if (!decisions.includes(decision)) problems.push(`registration decision "${decision}" not in the list`);
		}
		expect(problems).toEqual([]);
	});

	it("a visitor: language, sign-up, confirmation e-mails, password reset, sign-in, OpenID, sign-out", async () => {
		const { page } = await openPage();
		const watch = watchPage(page);
		await page.goto("/sign-in");
		await submit(
			page,
			[["ui/language-switcher.tsx", "language"]],
			() => page.locator('button[name="language"][value="nl"]').click(),
			page.locator('html[lang="nl"]'),
		);
		expect(new URL(page.url()).pathname).toBe("/sign-in");
		await page.locator('button[name="language"][value="fr"]').click();
		await page.locator('html[lang="fr"]').waitFor();

		await page.goto("/sign-up");
		await page.getByLabel(fr.auth.fields.username).fill(newParent.username);
		await page.getByLabel(fr.auth.fields.email).fill(newParent.email);
		await page.getByLabel(fr.auth.fields.firstName).fill("Claire");
		await page.getByLabel(fr.auth.fields.lastName, { exact: true }).fill("Martin");
		await page.getByLabel(fr.auth.fields.password, { exact: true }).fill(newParent.password);
		await page.getByLabel(fr.auth.fields.confirmPassword).fill(newParent.password);
		await submit(
			page,
			[["routes/sign-up.tsx", "sign-up"]],
			() => page.getByRole("button", { name: fr.auth.signUp.submit }).click(),
			page.getByRole("heading", { name: fr.auth.checkMailbox.title }),
		);

		// Not confirmed yet: the sign-in page offers to send the link again.
		await page.goto("/sign-in");
		await page.getByLabel(fr.auth.signIn.identifier).fill(newParent.username);
		await page.getByLabel(fr.auth.fields.password, { exact: true }).fill(newParent.password);
		await page.getByRole("button", { name: fr.auth.signIn.submit, exact: true }).click();
		await page.getByText(fr.auth.signIn.unverifiedTitle).waitFor();
		watch.clear(); // the refused sign-in answers 4xx on purpose
		await submit(
			page,
			[["routes/sign-in.tsx", "resend"]],
			() => page.getByRole("button", { name: fr.auth.signIn.resend }).click(),
			page.getByRole("heading", { name: fr.auth.checkMailbox.title }),
		);
		await page.goto("/account/confirmed?error=INVALID_TOKEN");
		await page.getByLabel(fr.auth.confirmed.resendLabel).fill(newParent.email);
		await submit(
			page,
			[["routes/account/confirmed.tsx", "resend"]],
			() => page.getByRole("button", { name: fr.auth.signIn.resend }).click(),
			page.getByRole("heading", { name: fr.auth.checkMailbox.title }),
		);
		const confirmation = await mailTo(newParent.email, /confirm/i);
		await page.goto(linkIn(confirmation.text, "/api/auth/verify-email"));
		await flash(page, fr.auth.confirmed.welcome).waitFor();
		await submit(
			page,
			[["ui/shell.tsx", "sign-out"]],
			() => page.getByRole("button", { name: fr.nav.signOut }).click(),
			page.getByRole("link", { name: fr.nav.signIn }),
		);

		await page.goto("/forgot-password");
		const mailsBefore = smtp.messages.length;
		await page.getByLabel(fr.auth.fields.email).fill(newParent.email);
		await submit(
			page,
			[["routes/forgot-password.tsx", "forgot-password"]],
			() => page.getByRole("button", { name: fr.auth.forgot.submit }).click(),
			page.getByRole("heading", { name: fr.auth.checkMailbox.title }),
		);
		const reset = await mailTo(newParent.email, /mot de passe/i, mailsBefore);
		await page.goto(linkIn(reset.text, "/reset-password?token="));
		await page.getByLabel(fr.auth.fields.newPassword).fill(newParent.password.replace("42", "43"));
		await page.getByLabel(fr.auth.fields.confirmPassword).fill(newParent.password.replace("42", "43"));
		await submit(
			page,
			[["routes/reset-password.tsx", "reset-password"]],
			() => page.getByRole("button", { name: fr.auth.reset.submit }).click(),
			flash(page, fr.auth.reset.done),
		);
		newParent.password = newParent.password.replace("42", "43");

		await page.getByLabel(fr.auth.signIn.identifier).fill(newParent.email);
		await page.getByLabel(fr.auth.fields.password, { exact: true }).fill(newParent.password);
		await submit(
			page,
			[["routes/sign-in.tsx", "sign-in"]],
			() => page.getByRole("button", { name: fr.auth.signIn.submit, exact: true }).click(),
			/\/children$/,
		);
		watch.assertClean();

		// OpenID leaves the site and comes back: a document form (reloadDocument).
		const { page: visitor } = await openPage();
		await visitor.goto("/sign-in");
		await visitor.getByRole("button", { name: fr.auth.signIn.google }).click();
		await visitor.locator('input[name="login"]').fill("paul.oidc");
		await visitor.locator('input[name="password"]').fill("anything");
		await visitor.getByRole("button", { name: "Sign-in" }).click();
		await submit(
			visitor,
			[["routes/sign-in.tsx", "openid"]],
			() => visitor.getByRole("button", { name: "Continue" }).click(),
			new RegExp(`^${app.url}/`),
		);
	});

	it("the operator creates a group and invites a signed-in parent, who accepts", async () => {
		const { page } = await openPage(demoAccounts.operator);
		const watch = watchPage(page);
		await page.goto("/operator");
		await page.getByLabel(fr.operator.fields.name).fill("ASBL Les Hirondelles");
		await page.getByLabel(fr.operator.fields.code).fill("hirondelles");
		await submit(
			page,
			[["routes/operator/index.tsx", "create-group"]],
			() => page.getByRole("button", { name: fr.operator.create.submit }).click(),
			flash(page, tr(fr.operator.groupCreated, { name: "ASBL Les Hirondelles" })),
		);
		const group = page.getByRole("listitem").filter({ hasText: "ASBL Les Hirondelles" });
		await group.getByLabel(fr.operator.inviteAdmin).fill(newParent.email);
		const mailsBefore = smtp.messages.length;
		await submit(
			page,
			[["routes/operator/index.tsx", "invite-admin"]],
			() => group.getByRole("button", { name: fr.operator.sendInvitation }).click(),
			flash(page, tr(fr.staff.invite.sent, { email: newParent.email })),
		);
		watch.assertClean();

		const invitation = await mailTo(newParent.email, /Ribambelle/, mailsBefore);
		// The operator opens it by mistake: not the addressee, so only « sign out to accept ».
		await page.goto(linkIn(invitation.text, "/invitations/accept?token="));
		await submit(
			page,
			[["routes/invitations/accept.tsx", "sign-out-to-accept"]],
			() => page.getByRole("button", { name: fr.staff.invitation.signOutToAccept }).click(),
			page.getByRole("link", { name: fr.auth.signIn.submit }).first(),
		);
		const { page: parent } = await openPage({ username: newParent.username, password: newParent.password });
		await parent.goto(linkIn(invitation.text, "/invitations/accept?token="));
		await submit(
			parent,
			[["routes/invitations/accept.tsx", "as-signed-in"]],
			() => parent.getByRole("button", { name: fr.staff.invitation.accept }).click(),
			flash(parent, fr.staff.invitation.welcome),
		);
	});

	it("a parent: « Mes données », a new dossier and each section's forms, the calendar feed, camps and activities", async () => {
		const { page } = await openPage(demoAccounts.parent);
		const watch = watchPage(page);
		await page.goto("/me");
		// The demo parent pays camps, so a 281.86 certificate awaits them: the page asks for the number.
		await page.getByText(fr.families.profile.nationalNumberExpected).waitFor();
		const nationalNumber = page.getByLabel(fr.families.profile.nationalNumber);
		await nationalNumber.fill("85.07.30-033.29");
		await page.getByRole("button", { name: fr.families.profile.submit }).click();
		await page.getByText(fr.families.nationalNumber.checksum).waitFor();
		expect(await nationalNumber.inputValue()).toBe("85.07.30-033.29");
		expect(await nationalNumber.getAttribute("aria-invalid")).toBe("true");
		await expectAccessible(page);
		await nationalNumber.fill("85.07.30-033.28");
		await submit(
			page,
			[["routes/me.tsx", "save"]],
			() => page.getByRole("button", { name: fr.families.profile.submit }).click(),
			flash(page, fr.families.profile.saved),
		);
		// Stored as 11 digits, shown again the way the identity card prints it; the notice is gone.
		await page.reload();
		expect(await page.getByLabel(fr.families.profile.nationalNumber).inputValue()).toBe("85.07.30-033.28");
		expect(await page.getByText(fr.families.profile.nationalNumberExpected).count()).toBe(0);

		// « Un résumé par jour » instead of a mail per message: saved, and checked after a reload.
		const messageMail = fr.families.profile.messageMail;
		await page.getByLabel(messageMail.daily).check();
		await submit(
			page,
			[["routes/me.tsx", "message-mail"]],
			() => page.getByRole("button", { name: messageMail.submit }).click(),
			flash(page, messageMail.saved),
		);
		await page.reload();
		expect(await page.getByLabel(messageMail.daily).isChecked()).toBe(true);
		expect(await page.getByLabel(fr.families.profile.nationalNumber).inputValue()).toBe("85.07.30-033.28");
		await expectAccessible(page);
		// Back to a mail per message, which the messages journey below expects.
		await page.getByLabel(messageMail.instant).check();
		await submit(
			page,
			[["routes/me.tsx", "message-mail"]],
			() => page.getByRole("button", { name: messageMail.submit }).click(),
			flash(page, messageMail.saved),
		);
		expect(await page.getByLabel(messageMail.instant).isChecked()).toBe(true);

		await page.goto("/children/add/new");
		await page.getByLabel(fr.families.add.groupCode).fill("limbourg");
		await page.getByLabel(fr.families.newDossier.lastName, { exact: true }).fill("Forius");
		await page.getByLabel(fr.families.newDossier.firstName).fill("Théo");
		await submit(
			page,
			[["routes/children/+shared/add-child-form.tsx", "add-new"]],
			() => page.getByRole("button", { name: fr.families.newDossier.submit }).click(),
			flash(page, fr.families.newDossier.created),
		);
		theoPath = new URL(page.url()).pathname.replace(/\/general$/, "");

		await page.getByLabel("RN registre national").fill("20.08.22-246.84");
		await page.getByLabel("Rue").fill("Rue du Bonheur");
		await page.getByLabel("Numéro", { exact: true }).fill("6");
		await page.getByLabel("Code postal").fill("4830");
		await page.getByLabel("Localité").fill("Limbourg");
		await submit(
			page,
			[["routes/+shared/dossier/general-section.tsx", "save"]],
			() => page.getByRole("button", { name: fr.families.dossier.save }).click(),
			flash(page, fr.families.dossier.saved),
		);

		await page.goto(`${theoPath}/supplementary`);
		await submit(
			page,
			[["routes/+shared/dossier/supplementary-section.tsx", "save"]],
			() => page.getByRole("button", { name: fr.families.dossier.save }).click(),
			flash(page, fr.families.dossier.saved),
		);

		await page.goto(`${theoPath}/medical`);
		await page.getByLabel(fr.families.medical.allergies.allergen).fill("Arachides");
		await page.getByLabel(fr.families.medical.allergies.reactions).fill("Œdème");
		await page.getByLabel(fr.families.medical.allergies.whatToDo).fill("Adrénaline");
		await submit(
			page,
			[["routes/+shared/dossier/medical-section.tsx", "add-allergy"]],
			() => page.getByRole("button", { name: fr.families.medical.allergies.add }).click(),
			flash(page, fr.families.medical.allergies.added),
		);
		await submit(
			page,
			[
				["routes/+shared/dossier/medical-section.tsx", "remove-allergy"],
				["routes/+shared/dossier/entry-list.tsx", "remove-allergy"],
			],
			() => page.getByRole("button", { name: tr(fr.families.medical.allergies.remove, { name: "Arachides" }) }).click(),
			flash(page, fr.families.medical.allergies.removed),
		);
		await page.getByRole("textbox", { name: fr.families.medical.medications.name, exact: true }).fill("Ventolin");
		await page.getByLabel(fr.families.medical.medications.dose).fill("2 bouffées");
		await page.getByLabel(fr.families.medical.medications.times).fill("avant le sport");
		await submit(
			page,
			[["routes/+shared/dossier/medical-section.tsx", "add-medication"]],
			() => page.getByRole("button", { name: fr.families.medical.medications.add }).click(),
			flash(page, fr.families.medical.medications.added),
		);
		await submit(
			page,
			[
				["routes/+shared/dossier/medical-section.tsx", "remove-medication"],
				["routes/+shared/dossier/entry-list.tsx", "remove-medication"],
			],
			() =>
				page.getByRole("button", { name: tr(fr.families.medical.medications.remove, { name: "Ventolin" }) }).click(),
			flash(page, fr.families.medical.medications.removed),
		);
		await page.getByLabel("Médecin traitant").fill("Dr Lambert");
		await page.getByLabel("Téléphone du médecin").fill("087 31 22 44");
		await page.getByLabel("Vaccin contre le tétanos en ordre").selectOption("yes");
		await page.getByLabel("Je confirme que ces données sont exactes et à jour.").check();
		await submit(
			page,
			[["routes/+shared/dossier/medical-section.tsx", "save"]],
			() => page.getByRole("button", { name: fr.families.dossier.save }).click(),
			flash(page, fr.families.dossier.saved),
		);

		await page.goto(`${theoPath}/contacts`);
		await page.getByLabel(fr.families.contacts.name).fill("Jean Forius");
		await page.getByLabel(fr.families.contacts.relation).fill("Grand-père");
		await page.getByLabel("Téléphone", { exact: true }).fill("0485 11 22 33");
		await page.getByLabel("Rôle").selectOption("emergency");
		await submit(
			page,
			[["routes/+shared/dossier/contacts-section.tsx", "add"]],
			() => page.getByRole("button", { name: fr.families.contacts.addSubmit }).click(),
			flash(page, fr.families.contacts.added),
		);
		await page.getByText(fr.families.contacts.edit).first().click();
		const editForm = page.locator("details[open]");
		await editForm.getByLabel(fr.families.contacts.relation).fill("Grand-père maternel");
		await submit(
			page,
			[["routes/+shared/dossier/contacts-section.tsx", "update"]],
			() => editForm.getByRole("button", { name: fr.families.contacts.update }).click(),
			flash(page, fr.families.contacts.updated),
		);
		await submit(
			page,
			[
				["routes/+shared/dossier/contacts-section.tsx", "remove"],
				["routes/+shared/dossier/entry-list.tsx", "remove"],
			],
			() => page.getByRole("button", { name: tr(fr.families.contacts.remove, { name: "Jean Forius" }) }).click(),
			flash(page, fr.families.contacts.removed),
		);

		await page.goto("/children");
		await submit(
			page,
			[["routes/children/+shared/calendar-feed-section.tsx", "regenerate"]],
			() => page.getByRole("button", { name: fr.camps.feed.regenerate }).click(),
			flash(page, fr.camps.feed.regenerated),
		);

		await page.getByRole("link", { name: "Voir le dossier de l'enfant — Nino FORIUS" }).click();
		await page.getByRole("navigation", { name: "Dossier de l'enfant" }).getByRole("link", { name: "Stages" }).click();
		const lutins = page.getByRole("article", { name: "Lutins et flocons" });
		await lutins.waitFor();
		const period = page.getByLabel(fr.camps.filters.period);
		const christmas = (await period.locator("option", { hasText: "Vacances de Noël" }).textContent()) ?? "";
		await submit(
			page,
			[["routes/children/$childId/+shared/catalogue-filters.tsx", "filter"]],
			() => period.selectOption({ label: christmas }),
			/[?&]period=/,
		);
		await submit(
			page,
			[["routes/children/$childId/+shared/offer-card.tsx", "register"]],
			() => lutins.getByRole("button", { name: fr.camps.register.submit }).click(),
			page.getByText("C'est fait : l'inscription de Nino à « Lutins et flocons » est acceptée."),
		);
		expect(page.url()).toMatch(/[?&]period=/);
		const registrations = page.getByRole("region", { name: "Inscriptions de l'enfant" });
		const registration = registrations.getByRole("listitem").filter({ hasText: "Lutins et flocons" });
		await registration.getByText("Annuler l'inscription", { exact: true }).click();
		await submit(
			page,
			[["routes/children/$childId/+shared/registrations-section.tsx", "cancel"]],
			() => registration.getByRole("button", { name: "Oui, annuler l'inscription" }).click(),
			page.getByText("L'inscription de Nino à « Lutins et flocons » est annulée."),
		);

		// Nino no longer goes to the Plaine (his camp is cancelled): its activities are found
		// through « Activités », not through his houses.
		await page
			.getByRole("navigation", { name: "Dossier de l'enfant" })
			.getByRole("link", { name: "Activités" })
			.click();
		await page.locator('a[href*="/activities?house="]', { hasText: "Plaine de vacances de Dolhain" }).click();
		await page.waitForURL(/activities\?house=/);
		// Its dates are chosen one by one (decision 023): tick one, then register.
		const plaine = page.getByRole("article", { name: "Journées pédagogiques à la plaine" });
		await plaine.getByRole("checkbox").first().check();
		await submit(
			page,
			[["routes/children/$childId/+shared/offer-card.tsx", "register@activities"]],
			() => plaine.getByRole("button", { name: fr.camps.register.submitDays }).click(),
			page.getByText(/C'est envoyé : la demande pour Nino à « Journées pédagogiques à la plaine »/),
		);
		watch.assertClean();
	});

	it("a second parent: a child by code, the account's forms, and a session that ends while browsing", async () => {
		const { context, page } = await openPage({ username: newParent.username, password: newParent.password });
		const watch = watchPage(page);
		await page.goto("/children/add/code");
		await page.getByLabel(fr.families.add.groupCode).fill("LIMBOURG");
		await page.getByLabel(fr.families.byCode.childCode).fill(demoFamily.childCode);
		await submit(
			page,
			[["routes/children/+shared/add-child-form.tsx", "add-code"]],
			() => page.getByRole("button", { name: fr.families.byCode.submit }).click(),
			flash(page, fr.families.byCode.added),
		);

		// Signed out in another tab, then a link in this one: back to this page after signing in.
		await page.goto("/children");
		const other = await context.newPage();
		await other.goto("/children");
		await other.getByRole("button", { name: fr.nav.signOut }).click();
		await other.getByRole("link", { name: fr.nav.signIn }).waitFor();
		await other.close();
		await page.getByRole("link", { name: "Voir le dossier de l'enfant — Nino FORIUS" }).click();
		await page.waitForURL(/\/sign-in\?/);
		const redirectTo = new URL(page.url()).searchParams.get("redirectTo") ?? "";
		expect(redirectTo).toMatch(/^\/children\/[^/]+\/general$/);
		await page.getByLabel(fr.auth.signIn.identifier).fill(newParent.username);
		await page.getByLabel(fr.auth.fields.password, { exact: true }).fill(newParent.password);
		await submit(
			page,
			[["routes/sign-in.tsx", "sign-in"]],
			() => page.getByRole("button", { name: fr.auth.signIn.submit, exact: true }).click(),
			new RegExp(`${redirectTo.replace(/[/]/g, "\\/")}$`),
		);
		await page.getByLabel("RN registre national").waitFor();

		await page.goto("/account");
		const emailSection = page.getByRole("region", { name: fr.account.email.title });
		await emailSection.getByLabel(fr.account.email.newEmail).fill("claire.martin@nouveau.example");
		await emailSection.getByLabel(fr.auth.fields.currentPassword).fill(newParent.password);
		await submit(
			page,
			[["routes/account/index.tsx", "change-email"]],
			() => page.getByRole("button", { name: fr.account.email.submit }).click(),
			page.getByRole("heading", { name: fr.auth.checkMailbox.title }),
		);
		const change = await mailTo("claire.martin@nouveau.example", /./);
		await page.goto(linkIn(change.text, "/account/confirm-email?token="));
		await submit(
			page,
			[["routes/account/confirm-email.tsx", "confirm-email"]],
			() => page.getByRole("button", { name: fr.account.email.confirmSubmit }).click(),
			flash(page, fr.account.email.changed),
		);

		await page.goto("/account");
		const passwordSection = page.getByRole("region", { name: fr.account.password.title });
		await passwordSection.getByLabel(fr.auth.fields.currentPassword).fill(newParent.password);
		await passwordSection.getByLabel(fr.auth.fields.newPassword).fill(newParent.newPassword);
		await passwordSection.getByLabel(fr.auth.fields.confirmPassword).fill(newParent.newPassword);
		await submit(
			page,
			[["routes/account/index.tsx", "change-password"]],
			() => page.getByRole("button", { name: fr.account.password.submit }).click(),
			flash(page, fr.account.password.changed),
		);
		newParent.password = newParent.newPassword;

		const { context: phone } = await openPage({ username: newParent.username, password: newParent.password });
		await page.reload();
		await submit(
			page,
			[["routes/account/index.tsx", "revoke-session"]],
			() => page.getByRole("button", { name: fr.account.sessions.revoke, exact: true }).first().click(),
			flash(page, fr.account.sessions.revoked),
		);
		await phone.close();
		await submit(
			page,
			[["routes/account/index.tsx", "revoke-all"]],
			() => page.getByRole("button", { name: fr.account.sessions.revokeAll }).click(),
			flash(page, fr.account.sessions.signedOutEverywhere),
		);
		watch.assertClean();
	});

	it("a group admin: houses, settings, staff, offers, the four registration decisions, dossiers, audit", async () => {
		const { page } = await openPage(demoAccounts.staff);
		const watch = watchPage(page);
		await page.goto("/staff");
		await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
		groupPath = new URL(page.url()).pathname;

		await page.goto(`${groupPath}/houses`);
		await page.getByLabel(fr.houses.fields.name, { exact: true }).fill("Accueil du Parc");
		await page.getByLabel(fr.houses.fields.kind).selectOption({ label: fr.houses.kinds.out_of_school });
		await page.getByLabel(fr.houses.fields.address).fill("Rue du Parc 2");
		await page.getByLabel(fr.houses.fields.postalCode).fill("4830");
		await page.getByLabel(fr.houses.fields.locality).fill("Limbourg");
		await submit(
			page,
			[
				["routes/staff/$groupId/houses/+shared/house-form.tsx", "create"],
				["routes/staff/$groupId/houses/index.tsx", "create"],
			],
			() => page.getByRole("button", { name: fr.houses.create.submit }).click(),
			flash(page, fr.houses.created),
		);
		await page.getByLabel(fr.houses.fields.locality).fill("Dolhain");
		await submit(
			page,
			[
				["routes/staff/$groupId/houses/+shared/house-form.tsx", "update"],
				["routes/staff/$groupId/houses/$houseId.tsx", "update"],
			],
			() => page.getByRole("button", { name: fr.houses.edit.submit }).click(),
			flash(page, fr.houses.updated),
		);
		// Nothing is attached to the new house yet: it is deleted (decision 024).
		await submit(
			page,
			[["routes/staff/$groupId/houses/$houseId.tsx", "delete-house"]],
			() => page.getByRole("button", { name: fr.houses.archive.delete }).click(),
			flash(page, fr.houses.archive.deleted),
		);
		// A house in use is archived, then restored.
		await page.getByRole("link", { name: "Crèche Les Petits Lutins" }).click();
		await submit(
			page,
			[["routes/staff/$groupId/houses/$houseId.tsx", "archive-house"]],
			() => page.getByRole("button", { name: fr.houses.archive.submit }).click(),
			flash(page, fr.houses.archive.done),
		);
		await submit(
			page,
			[["routes/staff/$groupId/houses/$houseId.tsx", "restore-house"]],
			() => page.getByRole("button", { name: fr.houses.archive.restore }).click(),
			flash(page, fr.houses.archive.restored),
		);

		await page.goto(`${groupPath}/settings`);
		await submit(
			page,
			[["routes/staff/$groupId/settings.tsx", "save"]],
			() => page.getByRole("button", { name: fr.families.staff.settings.submit }).click(),
			flash(page, fr.families.staff.settings.saved),
		);

		await page.goto(`${groupPath}/staff`);
		const invite = page.getByRole("region", { name: fr.staff.invite.title });
		const mailsBefore = smtp.messages.length;
		await invite.getByLabel(fr.auth.fields.email).fill("lea.animatrice@example.test");
		await invite.getByLabel(fr.staff.fields.role, { exact: true }).selectOption({ label: fr.staff.roles.reader });
		await invite.getByRole("checkbox", { name: "Crèche Les Petits Lutins" }).check();
		await submit(
			page,
			[["routes/staff/$groupId/staff.tsx", "invite"]],
			() => invite.getByRole("button", { name: fr.staff.invite.submit }).click(),
			flash(page, tr(fr.staff.invite.sent, { email: "lea.animatrice@example.test" })),
		);
		const invitation = await mailTo("lea.animatrice@example.test", /Ribambelle/, mailsBefore);
		const { page: newcomer } = await openPage();
		await newcomer.goto(linkIn(invitation.text, "/invitations/accept?token="));
		await newcomer.getByLabel(fr.auth.fields.username).fill("lea.animatrice");
		await newcomer.getByLabel(fr.auth.fields.firstName).fill("Léa");
		await newcomer.getByLabel(fr.auth.fields.lastName, { exact: true }).fill("Animatrice");
		await newcomer.getByLabel(fr.auth.fields.password, { exact: true }).fill("Cerf-Volant-Bleu-8!");
		await newcomer.getByLabel(fr.auth.fields.confirmPassword).fill("Cerf-Volant-Bleu-8!");
		await submit(
			newcomer,
			[["routes/invitations/accept.tsx", "new-account"]],
			() => newcomer.getByRole("button", { name: fr.staff.invitation.acceptAndCreate }).click(),
			flash(newcomer, fr.staff.invitation.welcome),
		);
		await page.reload();
		const member = page.getByRole("listitem").filter({ hasText: "lea.animatrice@example.test" });
		await member.getByText(fr.staff.members.change).click();
		await member.getByLabel(fr.staff.fields.role, { exact: true }).selectOption({ label: fr.staff.roles.admin });
		await submit(
			page,
			[["routes/staff/$groupId/staff.tsx", "change-role"]],
			() => member.getByRole("button", { name: fr.staff.members.save }).click(),
			flash(page, fr.staff.roleChanged),
		);
		// The disclosure may have stayed open across the revalidation.
		if ((await member.locator("details").getAttribute("open")) === null) {
			await member.getByText(fr.staff.members.change).click();
		}
		await submit(
			page,
			[["routes/staff/$groupId/staff.tsx", "remove"]],
			() => member.getByRole("button", { name: fr.staff.members.remove }).click(),
			flash(page, fr.staff.removed),
		);
		await invite.getByLabel(fr.auth.fields.email).fill("tom.stagiaire@example.test");
		await invite.getByLabel(fr.staff.fields.role, { exact: true }).selectOption({ label: fr.staff.roles.reader });
		await invite.getByRole("checkbox", { name: "Crèche Les Petits Lutins" }).check();
		await invite.getByRole("button", { name: fr.staff.invite.submit }).click();
		await flash(page, tr(fr.staff.invite.sent, { email: "tom.stagiaire@example.test" })).waitFor();
		await submit(
			page,
			[["routes/staff/$groupId/staff.tsx", "revoke-invitation"]],
			() => page.getByRole("button", { name: fr.staff.invite.revoke }).first().click(),
			flash(page, fr.staff.invite.revoked),
		);

		await page.goto(`${groupPath}/offers`);
		await page.getByLabel(fr.offerAdmin.filters.kind).selectOption({ value: "camp" });
		await submit(
			page,
			[["routes/staff/$groupId/offers/index.tsx", "filter"]],
			() => page.getByRole("button", { name: fr.offerAdmin.filters.apply }).click(),
			/[?&]kind=camp/,
		);
		await page.getByLabel(fr.listFilters.status, { exact: true }).selectOption({ value: "open" });
		await page.getByLabel(fr.listFilters.from, { exact: true }).fill("2020-01-01");
		await submit(
			page,
			[["routes/staff/$groupId/offers/index.tsx", "filter@status-date"]],
			() => page.getByRole("button", { name: fr.offerAdmin.filters.apply }).click(),
			/[?&]status=open&.*from=2020-01-01/,
		);
		// Not the demo's « Carnaval »: the same period twice is refused (decision 017).
		await page.getByLabel(fr.offerAdmin.periods.name, { exact: true }).fill("Pâques 2027");
		await page.getByLabel(fr.offerAdmin.periods.startsOn, { exact: true }).fill("2027-03-29");
		await page.getByLabel(fr.offerAdmin.periods.endsOn, { exact: true }).fill("2027-04-09");
		const dutchName = page.getByLabel(
			tr(fr.offerAdmin.translations.field, { field: fr.offerAdmin.periods.name, language: "NL" }),
		);
		for (let attempt = 0; attempt < 5 && !(await dutchName.isVisible()); attempt += 1) {
			await page.getByText(fr.offerAdmin.translations.summary).click();
			await dutchName.waitFor({ timeout: 2000 }).catch(() => undefined);
		}
		await dutchName.fill("Pasen 2027");
		await submit(
			page,
			[["routes/staff/$groupId/offers/index.tsx", "create-period"]],
			() => page.getByRole("button", { name: fr.offerAdmin.periods.submit }).click(),
			flash(page, fr.offerAdmin.periods.created),
		);
		// No offer belongs to it: it is deleted. One of the demo's, in use, is archived and restored.
		await submit(
			page,
			[["routes/staff/$groupId/offers/index.tsx", "delete-period"]],
			() => page.getByRole("button", { name: tr(fr.offerAdmin.periods.deleteLabel, { name: "Pâques 2027" }) }).click(),
			flash(page, fr.offerAdmin.periods.deleted),
		);
		const periodButton = (label: string) =>
			page.getByRole("button", { name: new RegExp(`^${tr(label, { name: "" }).trim()}`) }).first();
		await submit(
			page,
			[["routes/staff/$groupId/offers/index.tsx", "archive-period"]],
			() => periodButton(fr.offerAdmin.periods.archiveLabel).click(),
			flash(page, fr.offerAdmin.periods.archivedDone),
		);
		await submit(
			page,
			[["routes/staff/$groupId/offers/index.tsx", "restore-period"]],
			() => periodButton(fr.offerAdmin.periods.restoreLabel).click(),
			flash(page, fr.offerAdmin.periods.restored),
		);

		await page.goto(`${groupPath}/offers/new?kind=activity`);
		await page.getByLabel(fr.offerAdmin.form.house).selectOption({ label: "Plaine de vacances de Dolhain" });
		await page.getByLabel(fr.offerAdmin.form.title, { exact: true }).fill("Mercredi récréatif");
		await page.getByRole("textbox", { name: fr.offerAdmin.form.dates }).fill("2027-03-03");
		// A new activity lets parents choose its dates; this one keeps them together (decision 023).
		expect(await page.getByLabel(fr.offerAdmin.form.datesTogether).isChecked()).toBe(false);
		await page.getByLabel(fr.offerAdmin.form.datesTogether).check();
		await page.getByLabel(fr.offerAdmin.form.price).fill("8");
		await page.getByLabel(fr.offerAdmin.form.capacity).fill("20");
		await page.getByLabel(fr.offerAdmin.form.waitingListSize).fill("5");
		await page.getByLabel(fr.offerAdmin.form.opensAt).fill("2026-01-04T08:00");
		await page.getByLabel(fr.offerAdmin.form.closesAt).fill("2027-03-01T12:00");
		await submit(
			page,
			[["routes/staff/$groupId/offers/+shared/offer-form.tsx", "save"]],
			() => page.getByRole("button", { name: fr.offerAdmin.form.create.activity }).click(),
			flash(page, fr.offerAdmin.form.created.activity),
		);
		await submit(
			page,
			[["routes/staff/$groupId/offers/$offerId/index.tsx", "copy"]],
			() => page.getByRole("button", { name: fr.offerAdmin.copy.submit }).click(),
			flash(page, fr.offerAdmin.copy.done),
		);
		// The copy's page shows the copy's own values, not the form of the page before.
		expect(await page.getByRole("textbox", { name: fr.offerAdmin.form.dates }).inputValue()).toBe("2027-03-10");
		expect(await page.getByLabel(fr.offerAdmin.form.datesTogether).isChecked()).toBe(true);
		await submit(
			page,
			[["routes/staff/$groupId/offers/+shared/offer-form.tsx", "save@edit"]],
			() => page.getByRole("button", { name: fr.offerAdmin.form.save }).click(),
			flash(page, fr.offerAdmin.form.saved),
		);
		expect(await page.getByRole("textbox", { name: fr.offerAdmin.form.dates }).inputValue()).toBe("2027-03-10");
		// A draft nobody registered for is deleted; the list no longer shows it.
		await submit(
			page,
			[["routes/staff/$groupId/offers/$offerId/index.tsx", "delete"]],
			() => page.getByRole("button", { name: fr.offerAdmin.delete.submit }).click(),
			flash(page, fr.offerAdmin.delete.done),
		);

		// The four decisions on « Lutins et flocons » (nine accepted, places and a waiting list left).
		await page.goto(`${groupPath}/offers`);
		await page
			.getByRole("listitem")
			.filter({ hasText: "Lutins et flocons" })
			.getByRole("link", { name: fr.offerAdmin.tabs.registrations })
			.click();
		await page.getByRole("table").waitFor();
		const rows = page.locator("tbody tr");
		const first = rows.nth(0);
		const childName = (await first.getByRole("link").first().textContent()) ?? "";
		const row = (name: string) => rows.filter({ has: page.getByRole("link", { name, exact: true }) });
		await submit(
			page,
			[["routes/staff/$groupId/offers/$offerId/registrations/index.tsx", "wait"]],
			() => first.getByRole("button", { name: fr.offerAdmin.registrations.actions.wait }).click(),
			flash(page, fr.offerAdmin.registrations.done.wait),
		);
		await submit(
			page,
			[["routes/staff/$groupId/offers/$offerId/registrations/index.tsx", "accept"]],
			() => row(childName).getByRole("button", { name: fr.offerAdmin.registrations.actions.accept }).click(),
			flash(page, fr.offerAdmin.registrations.done.accept),
		);
		await expectAccessible(page);
		await screenshot(page, "every-form-decision-accepted");
		const second = rows.nth(1);
		await second.getByText(`${fr.offerAdmin.registrations.actions.refuse}…`).click();
		await second.getByLabel(fr.offerAdmin.registrations.actions.reason).fill("Enfant inscrit dans un autre stage");
		await submit(
			page,
			[["routes/staff/$groupId/offers/$offerId/registrations/index.tsx", "refuse"]],
			() => second.getByRole("button", { name: fr.offerAdmin.registrations.actions.refuseConfirm }).click(),
			flash(page, fr.offerAdmin.registrations.done.refuse),
		);
		await page
			.getByText(/Enfant inscrit dans un autre stage/)
			.first()
			.waitFor();
		await screenshot(page, "every-form-decision-refused");
		const registrationsUrl = page.url();

		const { page: phone } = await openPage(demoAccounts.staff, "phone");
		await phone.goto(`${new URL(registrationsUrl).pathname}?status=accepted`);
		const third = phone.locator("tbody tr").nth(0);
		await third.getByText(`${fr.offerAdmin.registrations.actions.cancel}…`).click();
		await submit(
			phone,
			[["routes/staff/$groupId/offers/$offerId/registrations/index.tsx", "cancel"]],
			() => third.getByRole("button", { name: fr.offerAdmin.registrations.actions.cancelConfirm }).click(),
			flash(phone, fr.offerAdmin.registrations.done.cancel),
		);
		// The filter of the page is kept: the redirect goes back to the address the user saw.
		expect(new URL(phone.url()).search).toBe("?status=accepted");
		await expectAccessible(phone);
		await screenshot(phone, "every-form-decision-cancelled");

		// An offer with registrations is archived (and brought back), never deleted.
		await page.goto(registrationsUrl.replace(/\/registrations(\?.*)?$/, ""));
		await submit(
			page,
			[["routes/staff/$groupId/offers/$offerId/index.tsx", "archive"]],
			() => page.getByRole("button", { name: fr.offerAdmin.archive.submit }).click(),
			flash(page, fr.offerAdmin.archive.done),
		);
		await submit(
			page,
			[["routes/staff/$groupId/offers/$offerId/index.tsx", "restore"]],
			() => page.getByRole("button", { name: fr.offerAdmin.archive.restore }).click(),
			flash(page, fr.offerAdmin.archive.restored),
		);

		await page.goto(`${groupPath}/children`);
		await page.getByLabel(fr.families.staff.searchLabel).fill("Léa");
		await submit(
			page,
			[["routes/staff/$groupId/children/index.tsx", "search"]],
			() => page.getByRole("button", { name: fr.families.staff.search }).click(),
			/[?&]q=L/,
		);
		await page.getByLabel(fr.families.staff.submittedFrom).fill("2020-01-01");
		await submit(
			page,
			[["routes/staff/$groupId/children/index.tsx", "search@date"]],
			() => page.getByRole("button", { name: fr.families.staff.search }).click(),
			/[?&]from=2020-01-01/,
		);
		await page.getByRole("link", { name: "FORIUS Léa" }).click();
		// Léa's dossier is incomplete: validating it takes the « malgré N données manquantes » box.
		await page.getByLabel(/^Je valide ce dossier malgré \d+ données? manquantes?$/).check();
		await submit(
			page,
			[
				["routes/staff/$groupId/children/$childId/index.tsx", "validate"],
				["routes/staff/$groupId/children/$childId/index.tsx", "validate@confirm-missing"],
			],
			() => page.getByRole("button", { name: fr.families.staff.validate.submit }).click(),
			flash(page, fr.families.staff.validate.done),
		);
		const leaNumber =
			(
				await page
					.getByText(/n° \d+/)
					.first()
					.textContent()
			)?.match(/n° (\d+)/)?.[1] ?? "";
		const leaStaffPath = new URL(page.url()).pathname;

		// Staff edit the dossier's sections too.
		await page.goto(`${leaStaffPath}/general`);
		await submit(
			page,
			[["routes/+shared/dossier/general-section.tsx", "save@staff"]],
			() => page.getByRole("button", { name: fr.families.dossier.save }).click(),
			flash(page, fr.families.dossier.saved),
		);
		await page.goto(`${leaStaffPath}/supplementary`);
		await submit(
			page,
			[["routes/+shared/dossier/supplementary-section.tsx", "save@staff"]],
			() => page.getByRole("button", { name: fr.families.dossier.save }).click(),
			flash(page, fr.families.dossier.saved),
		);
		await page.goto(`${leaStaffPath}/medical`);
		await submit(
			page,
			[["routes/+shared/dossier/medical-section.tsx", "save@staff"]],
			() => page.getByRole("button", { name: fr.families.dossier.save }).click(),
			flash(page, fr.families.dossier.saved),
		);
		await page.goto(`${leaStaffPath}/contacts`);
		await page.getByLabel(fr.families.contacts.name).fill("Anne Forius");
		await page.getByLabel(fr.families.contacts.relation).fill("Tante");
		await page.getByLabel("Téléphone", { exact: true }).fill("0485 44 55 66");
		await page.getByLabel("Rôle").selectOption("pickup");
		await submit(
			page,
			[["routes/+shared/dossier/contacts-section.tsx", "add@staff"]],
			() => page.getByRole("button", { name: fr.families.contacts.addSubmit }).click(),
			flash(page, fr.families.contacts.added),
		);

		// Théo's new dossier: remind, a code issued and withdrawn, then merged into Léa's.
		const theoStaffPath = `${groupPath}/children/${theoPath.split("/").at(-1)}`;
		await page.goto(theoStaffPath);
		await submit(
			page,
			[["routes/staff/$groupId/children/$childId/index.tsx", "remind"]],
			() => page.getByRole("button", { name: fr.families.staff.guardians.remind }).click(),
			page.getByText(/Un rappel a été envoyé/),
		);
		await submit(
			page,
			[["routes/staff/$groupId/children/$childId/index.tsx", "issue-code"]],
			() => page.getByRole("button", { name: fr.families.staff.codes.issue }).click(),
			page.getByText(/Le code [A-Z0-9]{5}-[A-Z0-9]{5} a été généré/),
		);
		await submit(
			page,
			[["routes/staff/$groupId/children/$childId/index.tsx", "revoke-code"]],
			() =>
				page
					.getByRole("button", { name: /^Retirer le code / })
					.first()
					.click(),
			flash(page, fr.families.staff.codes.revoked),
		);
		await page.getByLabel(fr.families.staff.merge.targetFileNumber).fill(leaNumber);
		await submit(
			page,
			[["routes/staff/$groupId/children/$childId/index.tsx", "merge"]],
			() => page.getByRole("button", { name: fr.families.staff.merge.submit }).click(),
			flash(page, fr.families.staff.merge.done),
		);

		// Nino has two guardians since the second parent used the code: withdraw hers.
		await page.goto(`${groupPath}/children?q=Nino`);
		await page.getByRole("link", { name: "FORIUS Nino" }).click();
		await submit(
			page,
			[["routes/staff/$groupId/children/$childId/index.tsx", "unlink"]],
			() => page.getByRole("button", { name: /^Retirer l'accès de Claire/ }).click(),
			flash(page, fr.families.staff.guardians.unlinked),
		);

		// Enrol Nino in the Plaine, then end that enrolment.
		const ninoStaffPath = new URL(page.url()).pathname.replace(/\/$/, "");
		await page.goto(`${ninoStaffPath}/houses`);
		await page
			.getByLabel(fr.families.enrolments.house, { exact: true })
			.selectOption({ label: "Plaine de vacances de Dolhain" });
		await page.getByLabel(fr.families.enrolments.startsOn).fill("2026-09-01");
		await submit(
			page,
			[["routes/staff/$groupId/children/$childId/houses.tsx", "enrol"]],
			() => page.getByRole("button", { name: fr.families.enrolments.submit, exact: true }).click(),
			flash(page, fr.families.enrolments.enrolled),
		);
		const plaineEnrolment = page
			.locator("form")
			.filter({ has: page.getByRole("button", { name: /^Terminer l'inscription à Plaine/ }) });
		await plaineEnrolment.getByLabel(fr.families.enrolments.lastDay).fill("2027-06-30");
		await submit(
			page,
			[["routes/staff/$groupId/children/$childId/houses.tsx", "end-enrolment"]],
			() => plaineEnrolment.getByRole("button").click(),
			flash(page, fr.families.enrolments.endDone),
		);

		await page.goto(`${groupPath}/audit`);
		await page.getByRole("textbox", { name: fr.audit.filters.from, exact: true }).fill("2020-01-01");
		await submit(
			page,
			[["routes/staff/$groupId/audit/index.tsx", "filter"]],
			() => page.getByRole("button", { name: fr.audit.filters.apply }).click(),
			/[?&]from=2020-01-01/,
		);
		watch.assertClean();
	});

	it("a house manager: their own house", async () => {
		const { page } = await openPage(demoAccounts.houseManager);
		const watch = watchPage(page);
		await page.goto(`${groupPath}/houses`);
		await page.getByRole("link", { name: "Crèche Les Petits Lutins" }).click();
		await page.getByLabel(fr.houses.fields.phone).fill("087/76.04.11");
		await submit(
			page,
			[
				["routes/staff/$groupId/houses/+shared/house-form.tsx", "update@house-manager"],
				["routes/staff/$groupId/houses/$houseId.tsx", "update@house-manager"],
			],
			() => page.getByRole("button", { name: fr.houses.edit.submit }).click(),
			flash(page, fr.houses.updated),
		);
		// A pedagogical day: closed, then open again.
		await page.getByLabel(fr.meals.closedDays.day, { exact: true }).fill("2027-03-05");
		await submit(
			page,
			[["routes/staff/$groupId/houses/$houseId.tsx", "close-day"]],
			() => page.getByRole("button", { name: fr.meals.closedDays.close }).click(),
			flash(page, fr.meals.closedDays.closed),
		);
		await page.getByText(/^05\/03\/2027 · Journée pédagogique$/).waitFor();
		await submit(
			page,
			[["routes/staff/$groupId/houses/$houseId.tsx", "reopen-day"]],
			() => page.getByRole("button", { name: /^Rouvrir/ }).click(),
			flash(page, fr.meals.closedDays.reopened),
		);
		watch.assertClean();
	});

	it("a parent's meals, on a server whose clock says Tuesday 19/01/2027 08:30: « malade », a cancellation, days, a week, a pattern", async () => {
		// « Enfant malade » exists only on the morning itself: this journey has a clock of its own.
		const main = app;
		app = await startAppServer({ env: { RIBAMBELLE_NOW: "2027-01-19T07:30:00Z" } });
		try {
			const { page } = await openPage(demoAccounts.parent);
			const watch = watchPage(page);
			await page.goto("/children");
			await page.getByRole("link", { name: "Voir le dossier de l'enfant — Nino FORIUS" }).click();
			await page.getByRole("navigation", { name: "Dossier de l'enfant" }).getByRole("link", { name: "Repas" }).click();
			const day = (name: string) =>
				page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
			const file = "routes/children/$childId/meals.tsx";
			await submit(
				page,
				[[file, "sick"]],
				() => day("mardi 19/01").getByRole("button", { name: "Nino est malade" }).click(),
				page.getByRole("status").getByText(tr(fr.meals.page.sickCancelled, { childName: "Nino" })),
			);
			await submit(
				page,
				[[file, "cancel"]],
				() =>
					day("jeudi 21/01")
						.getByRole("button", { name: /^Annuler/ })
						.click(),
				page.getByRole("status").getByText(tr(fr.meals.page.cancelled, { childName: "Nino" })),
			);
			await page.getByRole("link", { name: fr.meals.page.nextWeek }).click();
			await page.getByRole("heading", { name: "Semaine du 25/01/2027" }).waitFor();
			await day("lundi 25/01").getByRole("checkbox").check();
			await day("mardi 26/01").getByRole("checkbox").check();
			await submit(
				page,
				[[file, "book"]],
				() => page.getByRole("button", { name: tr(fr.meals.page.bookDays, { childName: "Nino" }) }).click(),
				page.getByRole("status").getByText(tr(fr.meals.page.booked_other, { count: 2, childName: "Nino" })),
			);
			await page.locator("form#book-days").getByRole("checkbox", { name: fr.meals.page.vegetarian }).check();
			await submit(
				page,
				[[file, "book-week"]],
				() => page.getByRole("button", { name: fr.meals.page.bookWeek }).click(),
				page.getByRole("status").getByText(tr(fr.meals.page.booked_other, { count: 3, childName: "Nino" })),
			);
			const pattern = page.getByRole("form").or(page.locator("form")).filter({ hasText: fr.meals.pattern.title });
			await pattern.getByRole("checkbox", { name: fr.meals.pattern.weekdays1 }).check();
			await pattern.getByRole("checkbox", { name: fr.meals.pattern.weekdays4 }).check();
			await pattern.getByLabel(fr.meals.pattern.from).fill("2027-02-01");
			await pattern.getByLabel(fr.meals.pattern.until).fill("2027-02-11");
			await submit(
				page,
				[[file, "pattern"]],
				() => pattern.getByRole("button", { name: tr(fr.meals.pattern.submit, { childName: "Nino" }) }).click(),
				page.getByRole("status").getByText(tr(fr.meals.page.booked_other, { count: 4, childName: "Nino" })),
			);
			await page.getByRole("heading", { name: "Semaine du 01/02/2027" }).waitFor();
			// The week booked vegetarian says so on each day.
			await page.goto(page.url().replace(/week=[\d-]+/, "week=2027-01-25"));
			await day("mercredi 27/01").getByText(fr.meals.page.bookedVegetarianBadge).waitFor();

			// Staff make an exception past the deadlines, with a reason, on Nino's dossier.
			const childId = new URL(page.url()).pathname.split("/")[2] ?? "";
			const { page: staffPage } = await openPage(demoAccounts.staff);
			await staffPage.goto("/staff");
			await staffPage.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
			await staffPage.goto(`${new URL(staffPage.url()).pathname}/children/${childId}/meals?week=2027-01-18`);
			const staffDay = (name: string) =>
				staffPage.getByRole("listitem").filter({ has: staffPage.getByRole("heading", { name, exact: true }) });
			const staffFile = "routes/staff/$groupId/children/$childId/meals.tsx";
			await staffDay("mercredi 20/01")
				.getByLabel(/^Raison/)
				.fill("Sortie scolaire");
			await submit(
				staffPage,
				[[staffFile, "staff-cancel"]],
				() =>
					staffDay("mercredi 20/01")
						.getByRole("button", { name: /^Annuler/ })
						.click(),
				staffPage.getByRole("status").getByText(fr.meals.staffChild.cancelled),
			);
			await staffDay("mercredi 20/01")
				.getByLabel(/^Raison/)
				.fill("Sortie annulée");
			await submit(
				staffPage,
				[[staffFile, "staff-book"]],
				() =>
					staffDay("mercredi 20/01")
						.getByRole("button", { name: /^Réserver/ })
						.click(),
				staffPage.getByRole("status").getByText(fr.meals.staffChild.booked),
			);
			watch.assertClean();
		} finally {
			await app.stop();
			app = main;
		}
	});

	it("a house's kitchen list: the group admin picks the house and the day", async () => {
		const { page } = await openPage(demoAccounts.staff);
		const watch = watchPage(page);
		await page.goto("/staff");
		await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
		await page
			.getByRole("navigation", { name: fr.staff.navLabel })
			.getByRole("link", { name: fr.staff.nav.meals })
			.click();
		await page.getByRole("heading", { name: fr.meals.kitchen.title, level: 2 }).waitFor();
		await page.getByLabel(fr.meals.kitchen.house).selectOption({ label: "Accueil extrascolaire Les Écureuils" });
		await submit(
			page,
			[["routes/staff/$groupId/meals/index.tsx", "kitchen-day"]],
			() => page.getByRole("button", { name: fr.meals.kitchen.show }).click(),
			/[?&]house=[^&]+&day=\d{4}-\d{2}-\d{2}/,
		);
		await page.getByRole("link", { name: fr.meals.kitchen.csv }).waitFor();

		// The menus: one day written, a week copied from the one before, a new meal.
		const menus = "routes/staff/$groupId/meals/menus.tsx";
		await page.getByRole("link", { name: fr.meals.menus.menusLink }).click();
		await page.getByRole("heading", { name: fr.meals.menus.title, level: 2 }).waitFor();
		const firstDay = page
			.locator("form")
			.filter({ has: page.getByRole("button", { name: /^Enregistrer le menu/ }) })
			.first();
		await firstDay.getByLabel(/^Plat du /).fill("Croque-monsieur");
		await firstDay
			.getByText(/^Allergènes/)
			.nth(1)
			.click();
		// Only the opened course shows its allergens.
		await firstDay.getByRole("checkbox", { name: "Lait" }).check();
		await submit(
			page,
			[[menus, "save-day"]],
			() => firstDay.getByRole("button", { name: /^Enregistrer le menu/ }).click(),
			page.getByRole("status").getByText(/^Le menu du \d{2}\/\d{2}\/\d{4} est enregistré\.$/),
		);
		// Four weeks of menus are seeded from this week on: the fifth and sixth take the cycle's first two.
		// Each click waits for its own week: the address of the one before already has `week=`.
		const nextLink = page.getByRole("link", { name: fr.meals.menus.nextWeek });
		for (let week = 0; week < 4; week += 1) {
			const href = (await nextLink.getAttribute("href")) ?? "";
			const nextWeek = href.match(/week=(\d{4}-\d{2}-\d{2})/)?.[1];
			await nextLink.click();
			await page.waitForURL(new RegExp(`[?&]week=${nextWeek}`));
			// The address changes before the page shows the new week: read the next link once it
			// has, or the next turn reads this week's link and waits for an address already gone.
			await nextLink.and(page.locator(`:not([href=${JSON.stringify(href)}])`)).waitFor();
		}
		await submit(
			page,
			[[menus, "copy-week"]],
			async () => {
				// The fifth and sixth weeks repeat the first two: a 4-week cycle.
				await page.getByLabel(fr.meals.menus.copyFrom, { exact: true }).selectOption("4");
				await page.getByLabel(fr.meals.menus.copyWeeks).fill("2");
				await page.getByRole("button", { name: fr.meals.menus.copyWeek }).click();
			},
			page.getByRole("status").getByText(/^Menus copiés sur \d+ jours?\.$/),
		);
		const create = page.locator("form").filter({ hasText: fr.meals.menus.createTitle });
		await create.getByLabel(fr.meals.menus.name).fill("Potage");
		await create.getByRole("checkbox", { name: "Accueil extrascolaire Les Écureuils" }).check();
		await create.getByLabel(fr.meals.menus.price).fill("0,80");
		await submit(
			page,
			[[menus, "create-offer"]],
			() => create.getByRole("button", { name: fr.meals.menus.create }).click(),
			page.getByRole("status").getByText(tr(fr.meals.menus.created, { name: "Potage" })),
		);

		// Its settings: a « primaire » price, new deadlines, a Dutch name.
		const offerPage = "routes/staff/$groupId/meals/offer.tsx";
		await page.getByRole("link", { name: fr.meals.offer.link }).click();
		await page.getByRole("heading", { name: "Potage", level: 2 }).waitFor();
		const priceForm = page.locator("form").filter({ hasText: fr.meals.offer.newPrice });
		await priceForm.getByLabel(fr.meals.menus.price).fill("0,70");
		await priceForm.getByLabel(fr.meals.offer.label).fill("primaire");
		await submit(
			page,
			[[offerPage, "set-price"]],
			() => priceForm.getByRole("button", { name: fr.meals.offer.savePrice }).click(),
			page.getByRole("status").getByText(fr.meals.offer.priceSaved),
		);
		await page.getByRole("cell", { name: "primaire" }).waitFor();
		const rulesForm = page.locator("form").filter({ hasText: fr.meals.offer.newRules });
		const booking = rulesForm.getByRole("group", { name: fr.meals.menus.bookingDeadline });
		await booking.getByLabel(fr.meals.menus.deadlineKind).selectOption("working-days-before");
		await booking.getByLabel(fr.meals.menus.workingDays).fill("3");
		await submit(
			page,
			[[offerPage, "set-rules"]],
			() => rulesForm.getByRole("button", { name: fr.meals.offer.saveRules }).click(),
			page.getByRole("status").getByText(fr.meals.offer.rulesSaved),
		);
		await page.getByText("Réservations : jusqu'à 3 jours ouvrables avant, à 12:00.").waitFor();
		const detailsForm = page.locator("form").filter({ hasText: fr.meals.offer.saveDetails });
		await detailsForm.getByText(fr.meals.offer.translations).click();
		await detailsForm.getByLabel(fr.language.names.nl).fill("Soep");
		await detailsForm.getByLabel(fr.meals.offer.maxAge).fill("12");
		await submit(
			page,
			[[offerPage, "save-details"]],
			() => page.getByRole("button", { name: fr.meals.offer.saveDetails }).click(),
			page.getByRole("status").getByText(fr.meals.offer.detailsSaved),
		);
		expect(
			await page
				.locator("form")
				.filter({ hasText: fr.meals.offer.saveDetails })
				.getByLabel(fr.language.names.nl)
				.inputValue(),
		).toBe("Soep");
		expect(
			await page
				.locator("form")
				.filter({ hasText: fr.meals.offer.saveDetails })
				.getByLabel(fr.meals.offer.maxAge)
				.inputValue(),
		).toBe("12");
		watch.assertClean();
	});

	it("a group admin bills: creditor data, a manual line, a run discarded then issued, a payment, a credit note", async () => {
		const { page } = await openPage(demoAccounts.staff);
		const watch = watchPage(page);
		await page.goto("/staff");
		await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
		await page
			.getByRole("navigation", { name: fr.staff.navLabel })
			.getByRole("link", { name: fr.staff.nav.billing })
			.click();
		const tabs = page.getByRole("navigation", { name: fr.billing.staff.title });
		await tabs.getByRole("link", { name: fr.billing.staff.nav.settings }).click();
		await page.getByLabel(fr.billing.staff.settings.paymentDays).fill("20");
		await submit(
			page,
			[["routes/staff/$groupId/billing/settings.tsx", "save"]],
			() => page.getByRole("button", { name: fr.billing.staff.settings.save }).click(),
			flash(page, fr.billing.staff.settings.saved),
		);

		// A fee for Nino (dossier n° 1) in January 2030: the only thing that month bills.
		await tabs.getByRole("link", { name: fr.billing.staff.nav.runs }).click();
		const billing = "routes/staff/$groupId/billing/index.tsx";
		const adjustment = page.locator("form").filter({ hasText: fr.billing.staff.adjustments.add });
		await adjustment.getByLabel(fr.billing.staff.adjustments.fileNumber).fill("1");
		await adjustment.getByLabel(fr.billing.staff.adjustments.serviceOn).fill("2030-01-15");
		await adjustment.getByLabel(fr.billing.staff.adjustments.description).fill("Frais de dossier");
		await adjustment.getByLabel(fr.billing.staff.adjustments.amount).fill("12,50");
		await submit(
			page,
			[[billing, "add-adjustment"]],
			() => adjustment.getByRole("button", { name: fr.billing.staff.adjustments.add }).click(),
			flash(page, fr.billing.staff.adjustments.added),
		);
		const run = page.locator("form").filter({ hasText: fr.billing.staff.runs.create });
		const prepare = async () => {
			await run.getByLabel(fr.billing.staff.runs.from).fill("2030-01-01");
			await run.getByLabel(fr.billing.staff.runs.to).fill("2030-01-31");
			await run.getByRole("button", { name: fr.billing.staff.runs.create }).click();
		};
		await submit(page, [[billing, "create-run"]], prepare, flash(page, fr.billing.staff.runs.created));
		await page
			.getByText(/^1 facture, 12,50\s€ au total\.$/)
			.first()
			.waitFor();
		await submit(
			page,
			[[billing, "discard-run"]],
			() => page.getByRole("button", { name: fr.billing.staff.runs.discard }).click(),
			flash(page, fr.billing.staff.runs.discarded),
		);
		await submit(page, [[billing, "create-run"]], prepare, flash(page, fr.billing.staff.runs.created));
		await submit(
			page,
			[[billing, "confirm-run"]],
			() => page.getByRole("button", { name: fr.billing.staff.runs.confirm }).click(),
			flash(page, tr(fr.billing.staff.runs.confirmed_one, { count: 1 })),
		);

		// The list by state, then the new invoice: a payment at the desk.
		await page.getByLabel(fr.listFilters.status).selectOption(fr.billing.status.open);
		await submit(
			page,
			[["routes/staff/$groupId/billing/invoices.tsx", "filter"]],
			() => page.getByRole("button", { name: fr.billing.staff.invoices.filter }).click(),
			/[?&]status=open/,
		);
		await page.getByRole("listitem").filter({ hasText: "12,50" }).getByRole("link").first().click();
		const invoicePage = "routes/staff/$groupId/billing/invoice.tsx";
		const payment = page.locator("form").filter({ hasText: fr.billing.staff.invoices.paymentAmount });
		await payment.getByLabel(fr.billing.staff.invoices.paymentAmount).fill("5");
		await payment
			.getByLabel(fr.billing.staff.invoices.paymentMethod)
			.selectOption({ label: fr.billing.staff.invoices.method.cash });
		await submit(
			page,
			[[invoicePage, "record-payment"]],
			() => payment.getByRole("button", { name: fr.billing.staff.invoices.recordPayment }).click(),
			flash(page, fr.billing.staff.invoices.paymentRecorded),
		);
		await page.getByText(fr.billing.status.partly_paid, { exact: true }).first().waitFor();

		// Another open invoice, not paid yet, is cancelled by a credit note.
		await page.goto(`${new URL(page.url()).pathname.split("/invoices/")[0]}/invoices?status=open`);
		await page
			.getByRole("listitem")
			.filter({ has: page.getByRole("link", { name: /^Facture \d{4}\/\d{5}$/ }) })
			.filter({ hasNotText: "12,50" })
			.getByRole("link")
			.first()
			.click();
		await page.getByLabel(fr.billing.staff.invoices.cancelReason).fill("Erreur de tarif");
		await submit(
			page,
			[[invoicePage, "cancel-invoice"]],
			() => page.getByRole("button", { name: fr.billing.staff.invoices.cancel }).click(),
			page.getByRole("heading", { level: 1, name: /^Note de crédit \d{4}\/\d{5}$/ }),
		);
		await expectAccessible(page);

		// Who pays for Nino: his parent, chosen by name; and the 281.86 flag.
		await page.goto(`${new URL(page.url()).pathname.split("/billing/")[0]}/children?q=Nino`);
		await page.getByRole("link", { name: "FORIUS Nino" }).click();
		const billingForm = page.locator("form").filter({ hasText: fr.billing.staff.child.save });
		await billingForm.getByLabel(fr.billing.staff.child.debtor).selectOption({ label: "Alain Forius" });
		await submit(
			page,
			[["routes/staff/$groupId/children/$childId/index.tsx", "save-billing"]],
			() => billingForm.getByRole("button", { name: fr.billing.staff.child.save }).click(),
			flash(page, fr.billing.staff.child.saved),
		);
		watch.assertClean();
	});

	it("payments: the group admin imports a CODA file, assigns a transfer to an invoice, ignores another", async () => {
		const { groupId, invoices } = await issueDemoInvoices(app);
		const [first, second] = invoices as [IssuedInvoice, IssuedInvoice];
		const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "coda-")), "extrait-021.cod");
		fs.writeFileSync(
			file,
			demoStatement("021", [
				{ cents: first.totalCents, invoice: first },
				{ cents: second.totalCents, text: `Facture ${second.label}` },
				{ cents: 1_234, text: "Don pour la fête de l'école" },
			]),
			"latin1",
		);
		const words = fr.billing.staff.payments;
		const payments = "routes/staff/$groupId/billing/payments.tsx";
		const { page } = await openPage(demoAccounts.staff);
		const watch = watchPage(page);
		await page.goto(`/staff/${groupId}/billing/payments`);
		await page.getByLabel(words.file).setInputFiles(file);
		await submit(
			page,
			[[payments, "import-coda"]],
			() => page.getByRole("button", { name: words.import }).click(),
			flash(page, tr(words.imported, { statement: "021", matched: 1, unmatched: 2 })),
		);
		const transfer = page.getByRole("listitem").filter({ hasText: `Facture ${second.label}` });
		await transfer.getByLabel(words.invoiceNumber).fill(second.label);
		await submit(
			page,
			[[payments, "match-movement"]],
			() => transfer.getByRole("button", { name: words.match }).click(),
			flash(page, tr(words.matched, { number: second.label })),
		);
		const gift = page.getByRole("listitem").filter({ hasText: "Don pour la fête" });
		await submit(
			page,
			[[payments, "ignore-movement"]],
			() => gift.getByRole("button", { name: words.ignore }).click(),
			flash(page, words.ignored),
		);
		await page.getByText(words.noneUnmatched).waitFor();
		watch.assertClean();
	});

	it("tax certificates: the group admin saves cadre I, a year's cap, and issues a year", async () => {
		const certificates = "routes/staff/$groupId/billing/certificates/index.tsx";
		// The demo group bills already (its billing settings are seeded).
		const { page } = await openPage(demoAccounts.staff);
		const watch = watchPage(page);
		await page.goto("/staff");
		await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
		const address = `${new URL(page.url()).pathname}/billing/certificates`;
		await page.goto(address);
		await page.getByRole("heading", { name: fr.certificates.staff.title, level: 1 }).waitFor();
		await expectAccessible(page);

		const authority = page
			.locator("form")
			.filter({ has: page.getByRole("button", { name: fr.certificates.staff.authority.submit, exact: true }) });
		await authority.getByLabel(fr.certificates.staff.authority.kind).selectOption("local_authority");
		await authority.getByRole("button", { name: fr.certificates.staff.authority.submit, exact: true }).click();
		// A local authority needs its name: said under the field, the choice kept.
		await authority.getByText(fr.certificates.staff.authorityNameRequired).waitFor();
		await authority.getByLabel(fr.certificates.staff.authority.kind).selectOption("one");
		await authority.getByLabel(fr.certificates.staff.authority.recognition).fill("Centre de vacances agréé par l'ONE");
		await submit(
			page,
			[[certificates, "save-authority"]],
			() => authority.getByRole("button", { name: fr.certificates.staff.authority.submit, exact: true }).click(),
			page.getByRole("status").getByText(fr.certificates.staff.authority.saved),
		);

		const cap = page
			.locator("form")
			.filter({ has: page.getByRole("button", { name: fr.certificates.staff.caps.submit }) });
		await cap.getByLabel(fr.certificates.staff.caps.cap).fill("seize");
		await cap.getByRole("button", { name: fr.certificates.staff.caps.submit }).click();
		await cap.getByText(fr.certificates.staff.capInvalid).waitFor();
		expect(await cap.getByLabel(fr.certificates.staff.caps.cap).inputValue()).toBe("seize");
		await cap.getByLabel(fr.certificates.staff.caps.year).fill("2025");
		await cap.getByLabel(fr.certificates.staff.caps.cap).fill("16,90");
		await cap.getByLabel(fr.certificates.staff.caps.confirmed).check();
		await submit(
			page,
			[[certificates, "save-cap"]],
			() => cap.getByRole("button", { name: fr.certificates.staff.caps.submit }).click(),
			page.getByRole("status").getByText(fr.certificates.staff.caps.saved),
		);

		const issue = page
			.locator("form")
			.filter({ has: page.getByRole("button", { name: fr.certificates.staff.issue.submit }) });
		await issue.getByLabel(fr.certificates.staff.issue.year).fill("2025");
		await submit(
			page,
			[[certificates, "issue-certificates"]],
			() => issue.getByRole("button", { name: fr.certificates.staff.issue.submit, exact: true }).click(),
			page.getByRole("status").getByText(/^\d+ attestation\(s\) émise\(s\), \d+ annulée\(s\), \d+ inchangée\(s\)\.$/),
		);
		await page.getByRole("heading", { name: tr(fr.certificates.staff.list.heading, { year: 2025 }) }).waitFor();
		await screenshot(page, "staff-certificates");

		// The signature printed on mutuality certificates: an image, then back to signing by hand.
		const signature = await sharp({
			create: { width: 500, height: 160, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
		})
			.png()
			.toBuffer();
		await page.getByLabel(fr.certificates.staff.signature.file).setInputFiles({
			name: "signature.png",
			mimeType: "image/png",
			buffer: signature,
		});
		await submit(
			page,
			[[certificates, "save-signature"]],
			() => page.getByRole("button", { name: fr.certificates.staff.signature.submit }).click(),
			page.getByRole("status").getByText(fr.certificates.staff.signature.saved),
		);
		await page.getByText(fr.certificates.staff.signature.current).waitFor();
		await submit(
			page,
			[[certificates, "remove-signature"]],
			() => page.getByRole("button", { name: fr.certificates.staff.signature.remove }).click(),
			page.getByRole("status").getByText(fr.certificates.staff.signature.removed),
		);
		const { page: phone } = await openPage(demoAccounts.staff, "phone");
		await phone.goto(`${address}?year=2025`);
		await phone.getByRole("heading", { name: fr.certificates.staff.title, level: 1 }).waitFor();
		await screenshot(phone, "staff-certificates");
		watch.assertClean();
	});

	it("messages: a parent writes and replies; the crèche's manager replies, notes, assigns, closes, reopens, keeps ready answers, writes to a house's families", async () => {
		const parent = (await openPage(demoAccounts.parent)).page;
		const parentWatch = watchPage(parent);
		await parent.goto("/messages/new");
		await parent.getByLabel(fr.messages.new.child, { exact: true }).selectOption({ label: "Nino Forius" });
		await submit(
			parent,
			[["routes/messages/new.tsx", "choose-child"]],
			() => parent.getByRole("button", { name: fr.messages.new.chooseChild }).click(),
			/[?&]child=/,
		);
		await parent.getByLabel(fr.messages.new.house, { exact: true }).selectOption({ label: "Crèche Les Petits Lutins" });
		await parent.getByLabel(fr.messages.new.subject, { exact: true }).fill("Formulaires : question");
		await parent.getByLabel(fr.messages.new.body, { exact: true }).fill("Bonjour, une question sur la sortie.");
		await submit(
			parent,
			[["routes/messages/new.tsx", "send"]],
			() => parent.getByRole("button", { name: fr.messages.new.submit }).click(),
			flash(parent, fr.messages.new.sent),
		);
		const threadPath = new URL(parent.url()).pathname;
		await parent.getByLabel(fr.messages.thread.replyLabel, { exact: true }).fill("Et une précision.");
		await submit(
			parent,
			[["routes/messages/$threadId.tsx", "reply"]],
			() => parent.getByRole("button", { name: fr.messages.thread.send, exact: true }).click(),
			flash(parent, fr.messages.thread.replied),
		);
		parentWatch.assertClean();

		const { page } = await openPage(demoAccounts.houseManager);
		const watch = watchPage(page);
		await page.goto("/staff");
		await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
		const staffBase = `${new URL(page.url()).pathname}/messages`;
		const inbox = "routes/staff/$groupId/messages/index.tsx";
		await page.goto(staffBase);
		await page.getByLabel(fr.messages.inbox.templates.titleLabel, { exact: true }).fill("Sortie");
		await page.getByLabel(fr.messages.inbox.templates.bodyLabel, { exact: true }).fill("La sortie a lieu vendredi.");
		await submit(
			page,
			[[inbox, "create-template"]],
			() => page.getByRole("button", { name: fr.messages.inbox.templates.save }).click(),
			flash(page, fr.messages.inbox.templates.saved),
		);
		await page.goto(`${staffBase}/${threadPath.split("/").pop()}`);
		const thread = "routes/staff/$groupId/messages/$threadId.tsx";
		await page.getByRole("link", { name: tr(fr.messages.inbox.templates.use, { title: "Sortie" }) }).click();
		await expect
			.poll(() => page.getByLabel(fr.messages.inbox.replyLabel, { exact: true }).inputValue())
			.toBe("La sortie a lieu vendredi.");
		await submit(
			page,
			[[thread, "reply"]],
			() => page.getByRole("button", { name: fr.messages.inbox.send, exact: true }).click(),
			flash(page, fr.messages.inbox.replied),
		);
		await page.getByRole("textbox", { name: fr.messages.inbox.note, exact: true }).fill("Papa a aussi appelé.");
		await submit(
			page,
			[[thread, "note"]],
			() => page.getByRole("button", { name: fr.messages.inbox.noteSubmit }).click(),
			flash(page, fr.messages.inbox.noteAdded),
		);
		await page.getByLabel(fr.messages.inbox.assign, { exact: true }).selectOption({ label: "Marc Lejeune" });
		await submit(
			page,
			[[thread, "assign"]],
			() => page.getByRole("button", { name: fr.messages.inbox.assignSubmit }).click(),
			flash(page, fr.messages.inbox.assigned),
		);
		await submit(
			page,
			[[thread, "done"]],
			() => page.getByRole("button", { name: fr.messages.inbox.markDone }).click(),
			flash(page, fr.messages.inbox.markedDone),
		);
		await submit(
			page,
			[[thread, "reopen"]],
			() => page.getByRole("button", { name: fr.messages.inbox.reopen }).click(),
			flash(page, fr.messages.inbox.reopened),
		);
		await page.goto(staffBase);
		await submit(
			page,
			[[inbox, "delete-template"]],
			() => page.getByRole("button", { name: fr.messages.inbox.templates.delete }).first().click(),
			flash(page, fr.messages.inbox.templates.deleted),
		);
		const broadcast = "routes/staff/$groupId/messages/broadcast.tsx";
		await page.goto(`${staffBase}/broadcast`);
		await page.getByLabel(fr.messages.broadcast.house, { exact: true }).check();
		await page
			.getByLabel(fr.messages.broadcast.houseLabel, { exact: true })
			.selectOption({ label: "Crèche Les Petits Lutins" });
		await submit(
			page,
			[[broadcast, "count"]],
			() => page.getByRole("button", { name: fr.messages.broadcast.count }).click(),
			/[?&]audience=house/,
		);
		await page.getByLabel(fr.messages.broadcast.subject, { exact: true }).fill("Fermeture exceptionnelle");
		await page.getByLabel(fr.messages.broadcast.body, { exact: true }).fill("La crèche fermera à 16 h vendredi.");
		await submit(
			page,
			[[broadcast, "broadcast"]],
			() => page.getByRole("button", { name: fr.messages.broadcast.send }).click(),
			page.getByText(/^Message envoyé à \d+ familles?\.$/),
		);
		watch.assertClean();
	});

	it("documents: the crèche's manager counts the crèche's families, publishes a PDF to them, and withdraws it", async () => {
		const { page } = await openPage(demoAccounts.houseManager);
		const watch = watchPage(page);
		await page.goto("/staff");
		await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
		const base = `${new URL(page.url()).pathname}/documents`;
		const publish = "routes/staff/$groupId/documents/publish.tsx";
		await page.goto(base);
		await page.getByRole("link", { name: fr.documents.staff.publish }).click();
		await page.getByLabel(fr.documents.publish.house, { exact: true }).check();
		await submit(
			page,
			[[publish, "count"]],
			() => page.getByRole("button", { name: fr.documents.publish.count }).click(),
			/[?&]audience=house/,
		);
		await page
			.getByRole("status")
			.getByText(/famille/)
			.waitFor();
		await page.getByLabel(fr.documents.publish.titleLabel, { exact: true }).fill("Fermeture de fin d'année");
		const pdf = path.join(os.tmpdir(), `fermeture-${process.pid}.pdf`);
		fs.writeFileSync(pdf, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
		await page.getByLabel(fr.documents.publish.file, { exact: true }).setInputFiles(pdf);
		await submit(
			page,
			[[publish, "publish"]],
			() => page.getByRole("button", { name: fr.documents.publish.submit }).click(),
			page.getByText(/^Document publié pour \d+ familles?\.$/),
		);
		fs.rmSync(pdf, { force: true });
		const item = page
			.getByRole("listitem")
			.filter({ has: page.getByRole("heading", { name: "Fermeture de fin d'année" }) });
		await submit(
			page,
			[["routes/staff/$groupId/documents/index.tsx", "withdraw"]],
			() => item.getByRole("button", { name: fr.documents.staff.withdraw }).click(),
			flash(page, fr.documents.staff.withdrawn),
		);
		await item.getByText(/^Retiré le /).waitFor();
		watch.assertClean();
	});

	it("documents: the crèche's manager asks for a proof of income, a parent sends two, the manager refuses one and accepts the other", async () => {
		const { page } = await openPage(demoAccounts.houseManager);
		const watch = watchPage(page);
		await page.goto("/staff");
		await page.getByRole("heading", { name: "Ville de Limbourg" }).waitFor();
		const staffBase = new URL(page.url()).pathname;
		await page.goto(`${staffBase}/houses`);
		await page.getByRole("link", { name: "Crèche Les Petits Lutins" }).click();
		await page.getByLabel(fr.uploads.types.income_proof, { exact: true }).check();
		await submit(
			page,
			[["routes/staff/$groupId/houses/$houseId.tsx", "required-documents"]],
			() => page.getByRole("button", { name: fr.uploads.required.save }).click(),
			flash(page, fr.uploads.required.saved),
		);
		watch.assertClean();

		const parent = (await openPage(demoAccounts.parent)).page;
		const parentWatch = watchPage(parent);
		await parent.goto("/children");
		await parent.getByRole("link", { name: "Voir le dossier de l'enfant — Nino FORIUS" }).click();
		await parent.waitForURL(/\/children\/[^/]+\/\w+/);
		const uploadsPath = `${new URL(parent.url()).pathname.split("/").slice(0, 3).join("/")}/documents/uploads`;
		await parent.goto(uploadsPath);
		const pdf = path.join(os.tmpdir(), `revenus-${Date.now()}.pdf`);
		fs.writeFileSync(pdf, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
		for (const note of ["Avertissement-extrait de rôle 2026", "Fiche de paie de novembre"]) {
			await parent
				.getByLabel(fr.uploads.form.house, { exact: true })
				.selectOption({ label: "Crèche Les Petits Lutins" });
			await parent
				.getByLabel(fr.uploads.form.type, { exact: true })
				.selectOption({ label: fr.uploads.types.income_proof });
			await parent.getByLabel(fr.uploads.form.file, { exact: false }).setInputFiles(pdf);
			await parent.getByLabel(fr.uploads.form.note, { exact: true }).fill(note);
			await submit(
				parent,
				[["routes/children/$childId/documents/uploads.tsx", "upload"]],
				() => parent.getByRole("button", { name: fr.uploads.form.submit }).click(),
				flash(parent, fr.uploads.parent.sent),
			);
		}
		fs.rmSync(pdf, { force: true });
		parentWatch.assertClean();

		const review = "routes/staff/$groupId/uploads/$uploadId.tsx";
		for (const [note, intent] of [
			["Avertissement-extrait de rôle 2026", "refuse"],
			["Fiche de paie de novembre", "accept"],
		] as const) {
			await page.goto(`${staffBase}/uploads?status=pending`);
			const row = page.getByRole("listitem").filter({ hasText: fr.uploads.types.income_proof }).first();
			await row.getByRole("link", { name: /Ouvrir/ }).click();
			await page.getByRole("heading", { name: new RegExp(`^${fr.uploads.types.income_proof}`) }).waitFor();
			// The oldest pending proof of income is last in the list: open the one with this note.
			if ((await page.getByText(note, { exact: true }).count()) === 0) {
				await page.goto(`${staffBase}/uploads?status=pending`);
				await page
					.getByRole("listitem")
					.filter({ hasText: fr.uploads.types.income_proof })
					.nth(1)
					.getByRole("link", { name: /Ouvrir/ })
					.click();
				await page.getByText(note, { exact: true }).waitFor();
			}
			if (intent === "refuse") {
				await page.getByLabel(fr.uploads.review.reason, { exact: false }).fill("Il manque la deuxième page.");
			}
			await submit(
				page,
				[[review, intent]],
				() => page.getByRole("button", { name: fr.uploads.review[intent] }).click(),
				flash(page, intent === "refuse" ? fr.uploads.review.refused : fr.uploads.review.accepted),
			);
		}
		watch.assertClean();
	});

	it("submitted every form in the list", () => {
		const listed = Object.entries(forms).flatMap(([file, names]) => names.map((name) => `${file} ${name}`));
		expect(listed.filter((entry) => !submittedForms.has(entry))).toEqual([]);
	});
});
