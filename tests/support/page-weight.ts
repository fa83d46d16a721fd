/**
 * What each parent page weighs, measured on a running built server with demo data: shared by
 * `npm run bench:weight` (which prints it) and tests/e2e/page-weight.spec.ts (which holds the
 * targets of issue 15 §5).
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { roleCredentials, signInOverHttp } from "#tests/e2e/support/http-session.ts";

const clientDir = path.resolve(import.meta.dirname, "../../build/client");

/** Bytes of `content` compressed with gzip level 9, the way a CDN or `compression` sends it. */
export const gzipped = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/** One page's weight; sizes in bytes. */
export type PageWeight = {
	/** The page's address with ids replaced by `:childId`, `:invoiceId`, `:threadId`. */
	page: string;
	html: number;
	htmlGzip: number;
	/** The translation strings the head preloads (`/locales/…`, decision 041), gzip. */
	stringsGzip: number;
	/** Every `<script src>`, `<link rel="modulepreload">` and inline module import, gzip. */
	javascriptGzip: number;
	/** What the page may import later (`__vite__mapDeps`): form checks (decision 042), gzip. */
	onDemandGzip: number;
	/** The JavaScript files the page loads, as `/assets/…` paths. */
	scripts: string[];
};

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
		const deps = /m\.f=\[([^\]]*)\]/.exec(readAsset(script))?.[1] ?? "";
		for (const match of deps.matchAll(/"assets\/([^"]+\.js)"/g)) found.add(`/assets/${match[1]}`);
	}
	for (const script of scripts) found.delete(script);
	return [...found];
}

/** The text of a built asset (`/assets/…`). */
export function readAsset(asset: string): string {
	return fs.readFileSync(path.join(clientDir, asset), "utf8");
}

const gzippedAssets = (assets: string[]) => assets.map((asset) => gzipped(readAsset(asset))).reduce((a, b) => a + b, 0);

/**
 * Every page a parent uses, signed in as the demo parent (and the sign-in and sign-up pages,
 * signed out), measured on the built server at `appUrl`. Throws when a page does not answer 200.
 */
export async function measureParentPages(appUrl: string): Promise<PageWeight[]> {
	const cookie = await signInOverHttp(appUrl, roleCredentials.parent);
	const html = async (page: string) => (await fetch(`${appUrl}${page}`, { headers: { cookie } })).text();
	const childId = /\/children\/([0-9a-f-]{36})\//.exec(await html("/children"))?.[1];
	if (!childId) throw new Error("the demo parent has no child");
	const firstLink = async (page: string, pattern: RegExp) => {
		const found = pattern.exec(await html(page))?.[0];
		if (!found) throw new Error(`no link matching ${pattern} on ${page}`);
		return found;
	};
	const invoice = await firstLink("/invoices", /\/invoices\/[0-9a-f-]{36}(?=")/);
	const thread = await firstLink("/messages", /\/messages\/[0-9a-f-]{36}(?=")/);
	const child = `/children/${childId}`;
	const signedIn = [
		"/children",
		...["general", "supplementary", "medical", "contacts", "houses", "camps", "activities", "meals"].map(
			(section) => `${child}/${section}`,
		),
		`${child}/documents`,
		`${child}/documents/uploads`,
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
	const weights: PageWeight[] = [];
	for (const page of [...signedIn, ...signedOut]) {
		const response = await fetch(`${appUrl}${page}`, { headers: signedOut.includes(page) ? {} : { cookie } });
		const body = await response.text();
		if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
		const scripts = scriptsOf(body);
		const strings = /<link id="i18n-messages"[^>]*\shref="([^"]+)"/.exec(body)?.[1];
		weights.push({
			page: page
				.replace(childId, ":childId")
				.replace(/\/invoices\/[0-9a-f-]{36}/, "/invoices/:invoiceId")
				.replace(/\/messages\/[0-9a-f-]{36}/, "/messages/:threadId"),
			html: body.length,
			htmlGzip: gzipped(body),
			stringsGzip: strings ? gzipped(await (await fetch(`${appUrl}${strings}`)).text()) : 0,
			javascriptGzip: gzippedAssets(scripts),
			onDemandGzip: gzippedAssets(onDemandOf(scripts)),
			scripts,
		});
	}
	return weights;
}
