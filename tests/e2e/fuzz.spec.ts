/**
 * Every route of `app/routes.ts`, as every role, on the built server and on both databases:
 * malformed query strings, path parameters and bodies must get an answer below 500, quickly,
 * and leave the server answering. Routes added later are fuzzed without being listed here:
 * they are read from the route config and reached by crawling the demo data as each role
 * (real ids), and with made-up parameters as well.
 */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { withAdminClient } from "#tests/support/test-databases.ts";
import { fuzzBodies, fuzzPathValues, fuzzQueries, routePatterns } from "./support/fuzz.ts";
import { type Role, roleCredentials, signInOverHttp } from "./support/http-session.ts";

/** A request slower than this counts as a stall (the server answers these in milliseconds). */
const requestBudgetMs = 10_000;

type Outcome = { request: string; problem: string };
type FuzzRequest = { method?: string; headers?: Record<string, string>; body?: string };

/**
 * One request through node:http (undici's fetch gives up on a server that answers before it
 * has read the whole body, which HTTP allows and browsers and curl accept).
 */
function send(app: AppServer, path: string, init: FuzzRequest, cookie: string | undefined): Promise<Outcome | null> {
	const method = init.method ?? "GET";
	const label = `${method} ${path.slice(0, 160)} ${init.body?.slice(0, 40) ?? ""}`;
	return new Promise((resolve) => {
		const body = init.body === undefined ? undefined : Buffer.from(init.body);
		const request = http.request(`${app.url}${path}`, {
			method,
			headers: {
				...init.headers,
				...(cookie ? { cookie } : {}),
				...(body ? { "content-length": String(body.length) } : {}),
			},
			timeout: requestBudgetMs,
			// A connection per request, as robots send them: no reuse after an early answer.
			agent: false,
		});
		request.on("timeout", () => request.destroy(new Error(`no answer within ${requestBudgetMs} ms`)));
		request.on("error", (error) => resolve({ request: label, problem: error.message }));
		const started = Date.now();
		request.on("response", (response) => {
			if (process.env.FUZZ_VERBOSE && Date.now() - started > 200)
				console.info(`slow: ${label} ${Date.now() - started} ms`);
			response.resume();
			response.on("end", () =>
				resolve(
					(response.statusCode ?? 500) >= 500 ? { request: label, problem: `status ${response.statusCode}` } : null,
				),
			);
		});
		request.end(body);
	});
}

/** Same-origin links of a page, as absolute paths. */
function linksOf(html: string): string[] {
	const links: string[] = [];
	for (const match of html.matchAll(/href="(\/[^"#]*)"/g)) {
		const href = match[1]?.replaceAll("&amp;", "&");
		if (href && !href.startsWith("//") && !href.startsWith("/assets/")) links.push(href);
	}
	return links;
}

/**
 * Crawls what a role can reach from its start pages and returns one real URL per route
 * pattern. At most three URLs of one pattern are opened (enough to go one level deeper).
 */
async function crawl(app: AppServer, cookie: string | undefined, matchPattern: (path: string) => string | null) {
	const found = new Map<string, string>();
	const opened = new Map<string, number>();
	const queue = ["/", "/children", "/me", "/account", "/staff", "/operator", "/messages"];
	const seen = new Set(queue);
	while (queue.length > 0 && seen.size < 400) {
		const path = queue.shift() as string;
		const bare = path.split("?")[0] as string;
		const pattern = matchPattern(bare);
		if (pattern && !found.has(pattern)) found.set(pattern, path);
		const response = await fetch(`${app.url}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
		const html = (response.headers.get("content-type") ?? "").includes("text/html") ? await response.text() : "";
		if (!html) await response.body?.cancel();
		const location = response.headers.get("location");
		const redirected = location?.startsWith("/") && !location.startsWith("//") ? [location] : [];
		for (const link of [...redirected, ...linksOf(html)]) {
			const linkBare = link.split("?")[0] as string;
			if (seen.has(link) || linkBare === "/sign-out" || linkBare.startsWith("/calendar/")) continue;
			const linkPattern = matchPattern(linkBare) ?? linkBare;
			const count = opened.get(linkPattern) ?? 0;
			if (count >= 3) continue;
			opened.set(linkPattern, count + 1);
			seen.add(link);
			queue.push(link);
		}
	}
	return found;
}

function runFuzz(label: string, env: () => Promise<{ env: Record<string, string>; cleanup(): Promise<void> }>) {
	describe(`fuzzing every route (${label})`, () => {
		let app: AppServer;
		let cleanup: () => Promise<void> = async () => {};
		const cookies = new Map<Role, string | undefined>();

		beforeAll(async () => {
			const database = await env();
			cleanup = database.cleanup;
			app = await startAppServer({ env: database.env });
			cookies.set("visitor", undefined);
			for (const role of Object.keys(roleCredentials) as Exclude<Role, "visitor">[]) {
				cookies.set(role, await signInOverHttp(app.url, roleCredentials[role]));
			}
		});

		afterAll(async () => {
			await app?.stop();
			await cleanup();
		});

		it("answers every malformed request below 500, without stalling", { timeout: 20 * 60_000 }, async () => {
			const { patterns, match } = routePatterns();
			const targets = new Map<string, { role: Role; path: string }[]>();
			const crawlStarted = Date.now();
			for (const [role, cookie] of cookies) {
				for (const [pattern, path] of await crawl(app, cookie, match)) {
					targets.set(pattern, [...(targets.get(pattern) ?? []), { role, path: path.split("?")[0] as string }]);
				}
			}
			if (process.env.FUZZ_VERBOSE) console.info(`crawl: ${Date.now() - crawlStarted} ms`);
			const problems: Outcome[] = [];
			let sent = 0;
			const record = (outcome: Outcome | null) => {
				sent += 1;
				if (outcome) problems.push(outcome);
			};

			for (const pattern of patterns) {
				if (pattern.path === "/sign-out") continue; // fuzzed as a visitor below: it ends sessions
				const started = Date.now();
				const real = targets.get(pattern.path) ?? [];
				const made = [...cookies.keys()].map((role) => ({
					role,
					path: pattern.fill(() => "0190a000-0000-7000-8000-000000000000"),
				}));
				for (const { role, path } of [...real, ...made]) {
					const cookie = cookies.get(role);
					const dataPath = path === "/" ? "/_root.data" : `${path}.data`;
					for (const query of fuzzQueries()) {
						record(await send(app, `${path}?${query}`, {}, cookie));
					}
					record(await send(app, dataPath, {}, cookie));
					record(await send(app, path, {}, `${cookie ?? "x=1"}; ribambelle.session_token=%00%27`));
					for (const body of fuzzBodies()) {
						record(await send(app, path, { method: "POST", ...body }, cookie));
						record(await send(app, dataPath, { method: "POST", ...body }, cookie));
					}
				}
				for (const value of fuzzPathValues()) {
					for (const role of cookies.keys())
						record(
							await send(
								app,
								pattern.fill(() => value),
								{},
								cookies.get(role),
							),
						);
				}
				if (process.env.FUZZ_VERBOSE) console.info(`${pattern.path}: ${Date.now() - started} ms, ${sent} sent`);
				const health = await send(app, "/healthz", {}, undefined);
				expect(health, `the server stopped answering after ${pattern.path}`).toBeNull();
				// A fuzzed form may have signed a role out (« Se déconnecter partout »): sign in again.
				for (const role of Object.keys(roleCredentials) as Exclude<Role, "visitor">[]) {
					const check = await fetch(`${app.url}/account`, {
						redirect: "manual",
						headers: { cookie: cookies.get(role) ?? "" },
					});
					if (check.status !== 200) cookies.set(role, await signInOverHttp(app.url, roleCredentials[role]));
				}
			}
			for (const body of fuzzBodies()) record(await send(app, "/sign-out", { method: "POST", ...body }, undefined));

			const unreached = patterns.filter((pattern) => !targets.has(pattern.path)).map((pattern) => pattern.path);
			console.info(
				`fuzz (${label}): ${patterns.length} routes, ${sent} requests, ${problems.length} problems; reached with real ids: ${targets.size}; only with made-up ids: ${unreached.join(" ")}`,
			);
			expect(problems).toEqual([]);
		});
	});
}

runFuzz("SQLite", async () => ({ env: {}, cleanup: async () => {} }));

const postgresUrl = process.env.TEST_DATABASE_URL;
if (postgresUrl) {
	runFuzz("PostgreSQL", async () => {
		const name = `ribambelle_fuzz_${Date.now().toString(36)}`;
		await withAdminClient((client) => client.query(`create database "${name}"`));
		const url = new URL(postgresUrl);
		url.pathname = `/${name}`;
		return {
			env: { DATABASE_URL: url.toString(), AUTH_SECRET: "fuzz-secret-fuzz-secret-fuzz-secret-0123" },
			cleanup: () =>
				withAdminClient((client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => {}),
		};
	});
} else if (process.env.CI === "true") {
	throw new Error("CI=true but TEST_DATABASE_URL is not set: the fuzz test must run on PostgreSQL too");
}
