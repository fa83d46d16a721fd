import { launchBrowser, newContext, signInAs } from "./tests/e2e/support/browser.ts";
const base = process.env.BASE ?? "http://127.0.0.1:3123";
const pages = JSON.parse(process.env.PAGES ?? "[]") as [string, string, string][];
const browser = await launchBrowser();
for (const viewport of ["desktop", "phone"] as const) {
	const contexts = new Map<string, Awaited<ReturnType<typeof newContext>>>();
	for (const [who, url, name] of pages) {
		let context = contexts.get(who);
		if (!context) {
			context = await newContext(browser, { baseURL: base, viewport });
			const [identifier, password] = who.split(":") as [string, string];
			await signInAs(context, { identifier, password });
			contexts.set(who, context);
		}
		const page = await context.newPage();
		const response = await page.goto(url);
		await page.screenshot({ path: `/tmp/shots/${name}-${viewport}.png`, fullPage: true });
		console.log(viewport, url, response?.status());
		await page.close();
	}
}
await browser.close();
