import fs from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const root = path.resolve(import.meta.dirname, "../../..");
export const screenshotDir = path.join(root, "test-results/screenshots");

/** Debian's Chromium, headless, with nothing that would reach the network on its own. */
export async function launchBrowser(): Promise<Browser> {
	if (!fs.existsSync(chromiumPath)) {
		throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);
	}
	return chromium.launch({
		executablePath: chromiumPath,
		headless: true,
		args: [
			"--no-sandbox",
			"--disable-gpu",
			"--disable-quic",
			"--no-first-run",
			"--disable-background-networking",
			"--disable-component-update",
			"--disable-sync",
		],
	});
}

export const viewports = {
	phone: { width: 360, height: 740 },
	desktop: { width: 1280, height: 800 },
} as const;

export async function newContext(
	browser: Browser,
	options: { baseURL: string; locale?: string; viewport?: keyof typeof viewports },
): Promise<BrowserContext> {
	return browser.newContext({
		baseURL: options.baseURL,
		locale: options.locale ?? "fr-BE",
		viewport: viewports[options.viewport ?? "desktop"],
	});
}

/**
 * Collects what the page reports as broken: console errors (CSP violations appear there),
 * uncaught exceptions and failed responses from our own server. Call `assertClean()` at the end.
 */
export function watchPage(page: Page) {
	const problems: string[] = [];
	page.on("console", (message) => {
		if (message.type() === "error") problems.push(`console: ${message.text()}`);
	});
	page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
	// The console says only "status of 400"; the response names the request that got it.
	page.on("response", (response) => {
		if (response.status() >= 400) {
			problems.push(`response: ${response.status()} ${response.request().method()} ${response.url()}`);
		}
	});
	return {
		problems,
		/** Forget problems the test provoked on purpose (an expected 404 page, say). */
		clear: () => problems.splice(0),
		assertClean() {
			if (problems.length > 0) throw new Error(`The page reported problems:\n${problems.join("\n")}`);
		},
	};
}

export async function screenshot(page: Page, name: string): Promise<void> {
	fs.mkdirSync(screenshotDir, { recursive: true });
	const width = page.viewportSize()?.width ?? 0;
	await page.screenshot({ path: path.join(screenshotDir, `${name}-${width}.png`), fullPage: true });
}

/**
 * Signs the browser context in through the real sign-in action (the form itself is tested in
 * accounts.spec.ts): the session cookie lands in the context's cookie jar.
 */
export async function signInAs(context: BrowserContext, credentials: { identifier: string; password: string }) {
	const response = await context.request.post("/sign-in", {
		form: { identifier: credentials.identifier, password: credentials.password },
		maxRedirects: 0,
	});
	if (response.status() !== 302) throw new Error(`sign-in failed with ${response.status()}`);
}
