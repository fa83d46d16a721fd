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

/** The chunks that `scripts` may import later (`__vite__mapDeps`), less those already loaded. */
function onDemandOf(scripts: string[]): string[] {
	const found = new Set<string>();
	for (const script of scripts) {
		const source = fs.readFileSync(path.join(root, "build/client", script), "utf8");
		const deps = /m\.f=\[([^\]]*)\]/.exec(source)?.[1] ?? "";
		for (const match of deps.matchAll(/"assets\/([^"]+\.js)"/g)) found.add(`/assets/${match[1]}`);
	}
	for (const script of scripts) found.delete(script);
	return [...found];
}

const gzippedFiles = (files: string[]) =>
	files.map((file) => gzipped(fs.readFileSync(path.join(root, "build/client", file)))).reduce((a, b) => a + b, 0);

const app = await startAppServer({ env: { LOG_LEVEL: "warn", WEB_CONCURRENCY: "1" } });
try {
	const cookie = await signInOverHttp(app.url, roleCredentials.parent);
	const children = await (await fetch(`${app.url}/children`, { headers: { cookie } })).text();
	const childId = /\/children\/([0-9a-f-]{36})\//.exec(children)?.[1];
	if (!childId) throw new Error("the demo parent has no child");
	const firstLink = async (page: string, pattern: RegExp) => {
		const html = await (await fetch(`${app.url}${page}`, { headers: { cookie } })).text();
		const found = pattern.exec(html)?.[0];
		if (!found) throw new Error(`no link matching ${pattern} on ${page}`);
		return found;
	};
	const invoice = await firstLink("/invoices", /\/invoices\/[0-9a-f-]{36}(?=")/);
	const thread = await firstLink("/messages", /\/messages\/[0-9a-f-]{36}(?=")/);
	const pages = [
		"/children",
		`/children/${childId}/general`,
		`/children/${childId}/supplementary`,
		`/children/${childId}/medical`,
		`/children/${childId}/contacts`,
		`/children/${childId}/houses`,
		`/children/${childId}/camps`,
		`/children/${childId}/activities`,
		`/children/${childId}/meals`,
		`/children/${childId}/documents`,
		`/children/${childId}/documents/uploads`,
		"/children/add",
		"/children/add/code",
		"/children/add/new",
		"/me",
		"/account",
		"/invoices",
		invoice,
		"/messages",
		"/messages/new",
		thread,
	];
	const signedOut = ["/sign-in", "/sign-up"];
	console.log(
		`${"page".padEnd(44)} ${"HTML".padStart(9)} ${"HTML gz".padStart(9)} ${"strings gz".padStart(10)} ${"JS gz".padStart(9)} ${"on demand gz".padStart(12)}  files`,
	);
	let worst = 0;
	for (const page of [...pages, ...signedOut]) {
		const headers: HeadersInit = signedOut.includes(page) ? {} : { cookie };
		const response = await fetch(`${app.url}${page}`, { headers });
		const html = await response.text();
		if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
		const scripts = scriptsOf(html);
		const jsBytes = gzippedFiles(scripts);
		const onDemandBytes = gzippedFiles(onDemandOf(scripts));
		worst = Math.max(worst, jsBytes);
		const strings = /<link id="i18n-messages"[^>]*\shref="([^"]+)"/.exec(html)?.[1];
		const stringsBytes = strings ? gzipped(await (await fetch(`${app.url}${strings}`)).text()) : 0;
		const shown = page
			.replace(childId, ":childId")
			.replace(/\/invoices\/[0-9a-f-]{36}/, "/invoices/:invoiceId")
			.replace(/\/messages\/[0-9a-f-]{36}/, "/messages/:threadId");
		console.log(
			`${shown.padEnd(44)} ${kB(html.length).padStart(9)} ${kB(gzipped(html)).padStart(9)} ${kB(stringsBytes).padStart(10)} ${kB(jsBytes).padStart(9)} ${kB(onDemandBytes).padStart(12)}  ${scripts.length}`,
		);
	}
	console.log(`heaviest JavaScript of a parent page: ${kB(worst)} gzip (target ≤ 150 kB)`);
} finally {
	await app.stop();
}
