import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, freePort, startAppServer } from "#tests/support/app-server.ts";
import { startOidcProvider, type TestOidcProvider } from "#tests/support/oidc-provider.ts";
import { type SmtpCapture, start as startSmtp } from "#tests/support/smtp-capture.ts";
import { expectAccessible } from "./support/axe.ts";
import { launchBrowser, newContext, screenshot, watchPage } from "./support/browser.ts";

let app: AppServer;
let browser: Browser;
let smtp: SmtpCapture;
let oidc: TestOidcProvider;

beforeAll(async () => {
	const port = await freePort();
	smtp = await startSmtp();
	oidc = await startOidcProvider({
		redirectUri: `http://127.0.0.1:${port}/api/auth/callback/oidc`,
		accounts: {
			"marie.google": {
				email: "marie.dupont@gmail.example",
				emailVerified: true,
				givenName: "Marie",
				familyName: "Dupont",
			},
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
	await browser?.close();
	await app?.stop();
	await oidc?.close();
	await smtp?.close();
});

function linkIn(text: string, path: string): string {
	const match = text.match(new RegExp(`https?://\\S*${path.replace(/[/?]/g, "\\$&")}\\S*`));
	if (!match) throw new Error(`no ${path} link in:\n${text}`);
	return match[0];
}

async function mailTo(address: string, subjectPattern: RegExp) {
	return smtp.waitFor((mail) => mail.to.includes(address) && subjectPattern.test(mail.subject), 20_000);
}

async function signInWith(page: Page, identifier: string, password: string) {
	await page.goto("/sign-in");
	await page.getByLabel("Nom d'utilisateur ou e-mail").fill(identifier);
	await page.getByLabel("Mot de passe", { exact: true }).fill(password);
	await page.getByRole("button", { name: "Connexion" }).click();
	await page.waitForURL(/\/children$/);
}

describe("accounts", () => {
	it("sign up, confirm by mail, sign out, sign in by e-mail, reset the password, sign in by username", async () => {
		const context = await newContext(browser, { baseURL: app.url });
		const page = await context.newPage();
		const watch = watchPage(page);
		const password = "Girafe-Violette-42!";

		await page.goto("/sign-up");
		await page.getByRole("heading", { name: "Inscription" }).waitFor();
		await expectAccessible(page);
		// Mistakes first: each field says what is wrong, and what was typed stays.
		await page.getByLabel("Nom d'utilisateur").fill("anthony.bours");
		await page.getByLabel("E-mail").fill("anthony.bours@example.test");
		await page.getByLabel("Prénom").fill("Anthony");
		await page.getByLabel("Nom", { exact: true }).fill("Bours");
		await page.getByLabel("Mot de passe", { exact: true }).fill("abc");
		await expect.poll(() => page.getByText("✓").count()).toBe(1);
		await page.getByLabel("Confirmer le mot de passe").fill("abd");
		await page.getByRole("button", { name: "S'inscrire" }).click();
		await page.getByText("Les deux mots de passe ne sont pas identiques.").waitFor();
		expect(await page.getByLabel("E-mail").inputValue()).toBe("anthony.bours@example.test");
		await screenshot(page, "sign-up-errors");

		await page.getByLabel("Mot de passe", { exact: true }).fill(password);
		await page.getByLabel("Confirmer le mot de passe").fill(password);
		await page.getByRole("button", { name: "S'inscrire" }).click();
		await page.getByRole("heading", { name: "Un e-mail vous a été envoyé !" }).waitFor();

		const confirmation = await mailTo("anthony.bours@example.test", /confirm/i);
		expect(confirmation.html).toContain("Anthony");
		await page.goto(linkIn(confirmation.text, "/api/auth/verify-email"));
		await page.waitForURL(/\/children$/);
		await page.getByText("Votre compte est confirmé. Bienvenue sur Ribambelle !").waitFor();

		await page.getByRole("button", { name: "Se déconnecter" }).click();
		await page.getByRole("heading", { name: "Bienvenue sur Ribambelle" }).waitFor();

		await signInWith(page, "Anthony.Bours@example.test", password);
		await page.getByRole("button", { name: "Se déconnecter" }).click();
		await page.getByRole("link", { name: "Connexion" }).waitFor();

		await page.goto("/forgot-password");
		await page.getByLabel("E-mail").fill("anthony.bours@example.test");
		await page.getByRole("button", { name: "Envoyer le lien" }).click();
		await page.getByRole("heading", { name: "Un e-mail vous a été envoyé !" }).waitFor();
		const reset = await mailTo("anthony.bours@example.test", /mot de passe/i);
		await page.goto(linkIn(reset.text, "/reset-password?token="));
		const newPassword = "Cerf-Volant-Bleu-8!";
		await page.getByLabel("Nouveau mot de passe").fill(newPassword);
		await page.getByLabel("Confirmer le mot de passe").fill(newPassword);
		await expectAccessible(page);
		await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
		await page.getByText("Votre mot de passe a été changé. Vous pouvez vous connecter.").waitFor();

		await signInWith(page, "anthony.bours", newPassword);
		watch.assertClean();
		await context.close();
	});

	it("signs in with the OpenID provider and creates the account from its verified e-mail and names", async () => {
		const context = await newContext(browser, { baseURL: app.url });
		const page = await context.newPage();
		await page.goto("/sign-in");
		await expectAccessible(page);
		await page.getByRole("button", { name: "Se connecter avec Google" }).click();
		await page.locator('input[name="login"]').fill("marie.google");
		await page.locator('input[name="password"]').fill("anything");
		await page.getByRole("button", { name: "Sign-in" }).click();
		await page.getByRole("button", { name: "Continue" }).click();
		await page.waitForURL(new RegExp(`^${app.url}/`));
		await page.goto("/account");
		await page.getByText("marie.dupont@gmail.example").waitFor();
		// The device list names the browser, not its user-agent string (issue 11 §6).
		await page.getByText("Chrome sur Linux").waitFor();
		expect(await page.getByText(/Mozilla|AppleWebKit/).count()).toBe(0);
		await screenshot(page, "account-devices");
		await page.setViewportSize({ width: 360, height: 800 });
		await screenshot(page, "account-devices");
		await context.close();
	});

	it("looks finished at 360 px and 1280 px", async () => {
		for (const viewport of ["phone", "desktop"] as const) {
			const context = await newContext(browser, { baseURL: app.url, viewport });
			const page = await context.newPage();
			for (const [path, name] of [
				["/sign-in", "sign-in"],
				["/sign-up", "sign-up"],
				["/forgot-password", "forgot-password"],
			] as const) {
				await page.goto(path);
				await page.getByRole("heading", { level: 1 }).waitFor();
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, path).toBeLessThanOrEqual(0);
				await screenshot(page, name);
			}
			await context.close();
		}
	});
});
