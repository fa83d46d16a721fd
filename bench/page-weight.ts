/**
 * What each parent page weighs: its HTML (uncompressed and gzip), the strings its head preloads
 * (`/locales/…` JSON, gzip; cached by the browser until the next deploy, decision 041) and the
 * JavaScript a browser loads for it (every `<script src>` and `<link rel="modulepreload">` of the
 * page, gzip level 9, the way a CDN or `compression` sends it). Pages of the demo parent (and
 * the sign-in and sign-up pages, signed out), on the built server with demo data.
 *
 * "on demand gz" is the JavaScript a page may load later by dynamic `import()`: a form's zod
 * schema and checks, loaded when the user first focuses one of its fields (decision 042). It is
 * not part of the page's weight, and is shown so that it stays in view.
 *
 *   npm run build && npm run bench:weight
 *
 * Targets (issue 15): ≤ 150 kB of gzip JavaScript on every parent page; « Stages » HTML ≤ 30 kB.
 * tests/e2e/page-weight.spec.ts holds them.
 */
import { startAppServer } from "#tests/support/app-server.ts";
import { measureParentPages } from "#tests/support/page-weight.ts";

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const app = await startAppServer({ env: { LOG_LEVEL: "warn", WEB_CONCURRENCY: "1" } });
try {
	const weights = await measureParentPages(app.url);
	console.log(
		`${"page".padEnd(44)} ${"HTML".padStart(9)} ${"HTML gz".padStart(9)} ${"strings gz".padStart(10)} ${"JS gz".padStart(9)} ${"on demand gz".padStart(12)}  files`,
	);
	for (const weight of weights) {
		console.log(
			`${weight.page.padEnd(44)} ${kB(weight.html).padStart(9)} ${kB(weight.htmlGzip).padStart(9)} ${kB(weight.stringsGzip).padStart(10)} ${kB(weight.javascriptGzip).padStart(9)} ${kB(weight.onDemandGzip).padStart(12)}  ${weight.scripts.length}`,
		);
	}
	const worst = Math.max(...weights.map((weight) => weight.javascriptGzip));
	console.log(`heaviest JavaScript of a parent page: ${kB(worst)} gzip (target ≤ 150 kB)`);
} finally {
	await app.stop();
}
