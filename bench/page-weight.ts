/**
 * What each parent page weighs: its HTML (uncompressed and gzip), the strings its head preloads
 * (`/locales/…` JSON, gzip; cached by the browser until the next deploy, decision 041) and the
 * JavaScript a browser loads for it (every `<script src>` and `<link rel="modulepreload">` of the
 * page, gzip level 9, the way a CDN or `compression` sends it). Pages of the demo parent, on the
 * built server with demo data.
 *
 *   npm run build && npm run bench:weight
 *
 * Targets (issue 15): ≤ 150 kB of gzip JavaScript on every parent page; « Stages » HTML ≤ 30 kB.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { roleCredentials, signInOverHttp } from "#tests/e2e/support/http-session.ts";
import { startAppServer } from "#tests/support/app-server.ts";

const root = path.resolve(import.meta.dirname, "..");
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const gzipped = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

function scriptsOf(html: string): string[] {
	const found = new Set<string>();
	for (const match of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g)) {
		if (match[1]?.startsWith("/assets/")) found.add(match[1]);
	}
	// Inline module scripts import the entry and route modules too.
	for (const match of html.matchAll(/import\(?\s*"(\/assets\/[^"]+\.js)"/g)) found.add(match[1] as string);
	return [...found];
}

const app = await startAppServer({ env: { LOG_LEVEL: "warn", WEB_CONCURRENCY: "1" } });
try {
	const cookie = await signInOverHttp(app.url, roleCredentials.parent);
	const children = await (await fetch(`${app.url}/children`, { headers: { cookie } })).text();
	const childId = /\/children\/([0-9a-f-]{36})\//.exec(children)?.[1];
	if (!childId) throw new Error("the demo parent has no child");
	const pages = [
		"/children",
		`/children/${childId}/general`,
		`/children/${childId}/supplementary`,
		`/children/${childId}/medical`,
		`/children/${childId}/contacts`,
		`/children/${childId}/houses`,
		`/children/${childId}/camps`,
		`/children/${childId}/activities`,
		"/children/add",
		"/me",
		"/account",
	];
	console.log(
		`${"page".padEnd(44)} ${"HTML".padStart(9)} ${"HTML gz".padStart(9)} ${"strings gz".padStart(10)} ${"JS gz".padStart(9)}  files`,
	);
	let worst = 0;
	for (const page of pages) {
		const response = await fetch(`${app.url}${page}`, { headers: { cookie } });
		const html = await response.text();
		if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
		const scripts = scriptsOf(html);
		const jsBytes = scripts
			.map((script) => gzipped(fs.readFileSync(path.join(root, "build/client", script))))
			.reduce((sum, size) => sum + size, 0);
		worst = Math.max(worst, jsBytes);
		const strings = /<link id="i18n-messages"[^>]*\shref="([^"]+)"/.exec(html)?.[1];
		const stringsBytes = strings ? gzipped(await (await fetch(`${app.url}${strings}`)).text()) : 0;
		const shown = page.replace(childId, ":childId");
		console.log(
			`${shown.padEnd(44)} ${kB(html.length).padStart(9)} ${kB(gzipped(html)).padStart(9)} ${kB(stringsBytes).padStart(10)} ${kB(jsBytes).padStart(9)}  ${scripts.length}`,
		);
	}
	console.log(`heaviest JavaScript of a parent page: ${kB(worst)} gzip (target ≤ 150 kB)`);
} finally {
	await app.stop();
}
