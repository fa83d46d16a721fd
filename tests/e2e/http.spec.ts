import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { roleCredentials, signInOverHttp } from "./support/http-session.ts";

let app: AppServer;
const metricsToken = "metrics-token-for-the-tests";

beforeAll(async () => {
	app = await startAppServer({ env: { METRICS_TOKEN: metricsToken } });
});

afterAll(async () => {
	await app?.stop();
});

describe("operations endpoints", () => {
	it("answers health and readiness", async () => {
		expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: "ok" });
		const ready = await fetch(`${app.url}/readyz`);
		expect(ready.status).toBe(200);
		expect(await ready.json()).toEqual({ ready: true, database: "ok", migrations: "applied" });
	});

	it("exposes request durations by route pattern and counts errors", async () => {
		await fetch(`${app.url}/`, { headers: { "X-Request-Id": "metrics-home" } });
		await fetch(`${app.url}/does-not-exist`, { headers: { "X-Request-Id": "metrics-missing" } });
		// Durations are recorded when a response finishes, as is the log line.
		await app.waitForLine('"requestId":"metrics-home"');
		await app.waitForLine('"requestId":"metrics-missing"');
		const metrics = await (
			await fetch(`${app.url}/metrics`, { headers: { Authorization: `Bearer ${metricsToken}` } })
		).text();
		expect(metrics).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/",status="200"\} \d+/);
		expect(metrics).toMatch(/http_request_duration_seconds_count\{method="GET",route="unmatched",status="404"\} \d+/);
		expect(metrics).toContain("# TYPE http_errors_total counter");
	});

	it("refuses metrics without the configured token", async () => {
		const attempts: Record<string, string>[] = [
			{},
			{ Authorization: "Bearer wrong-token-wrong-token" },
			{ Authorization: metricsToken },
		];
		for (const headers of attempts) {
			const response = await fetch(`${app.url}/metrics`, { headers });
			expect(response.status).toBe(401);
			expect(await response.text()).not.toContain("http_request_duration_seconds");
		}
	});

	it("logs JSON lines with a request id, and echoes the id", async () => {
		const response = await fetch(`${app.url}/healthz`, { headers: { "X-Request-Id": "trace-abc-123" } });
		expect(response.headers.get("x-request-id")).toBe("trace-abc-123");
		const line = await app.waitForLine('"requestId":"trace-abc-123"');
		expect(JSON.parse(line)).toMatchObject({ msg: "request", path: "/healthz", status: 200 });
	});
});

describe("security baseline", () => {
	it("sends a nonce-based CSP and the other protective headers on pages", async () => {
		const response = await fetch(`${app.url}/`);
		const csp = response.headers.get("content-security-policy") ?? "";
		const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
		expect(nonce).toBeTruthy();
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).not.toContain("unsafe-inline");
		const html = await response.text();
		for (const script of html.match(/<script[^>]*>/g) ?? []) {
			expect(script).toContain(`nonce="${nonce}"`);
		}
		expect(response.headers.get("referrer-policy")).toBe("same-origin");
		expect(response.headers.get("x-content-type-options")).toBe("nosniff");
		expect(response.headers.get("strict-transport-security")).toBeNull(); // http here
	});

	it("preloads a page's strings from a public address, cached for good, that the CSP lets scripts fetch", async () => {
		const cookie = await signInOverHttp(app.url, roleCredentials.parent);
		const page = await fetch(`${app.url}/children`, { headers: { cookie } });
		expect(page.headers.get("content-security-policy")).toContain("connect-src 'self'");
		const link = /<link id="i18n-messages" rel="preload" as="fetch" crossorigin="anonymous" href="([^"]+)"\/>/.exec(
			await page.text(),
		);
		expect(link?.[1]).toMatch(/^\/locales\/[0-9a-f]{12}\/fr\/app,[a-z.,A-Z]+$/);
		const strings = await fetch(`${app.url}${link?.[1]}`, { headers: { cookie } });
		expect(strings.status).toBe(200);
		expect(strings.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
		expect(strings.headers.get("catalogue-version")).toBe(link?.[1]?.split("/")[2]);
		expect(strings.headers.get("set-cookie")).toBeNull();
		expect(strings.headers.get("content-type")).toContain("application/json");
		expect(Object.keys((await strings.json()) as object)).toContain("nav");
	});

	it("refuses a state-changing request from another site with a translated 403 page", async () => {
		const response = await fetch(`${app.url}/language`, {
			method: "POST",
			headers: {
				"Content-Type": "application/x-www-form-urlencoded",
				Origin: "https://evil.example",
				"Sec-Fetch-Site": "cross-site",
				"Accept-Language": "de-BE",
			},
			body: "language=nl&redirectTo=/",
		});
		expect(response.status).toBe(403);
		const html = await response.text();
		expect(html).toContain("Zugriff verweigert");
		expect(html).not.toMatch(/at \w+ \(|node_modules/);
		expect(response.headers.get("set-cookie")).toBeNull();
	});

	it("accepts the same request from our own pages", async () => {
		const response = await fetch(`${app.url}/language`, {
			method: "POST",
			redirect: "manual",
			headers: {
				"Content-Type": "application/x-www-form-urlencoded",
				Origin: app.url,
				"Sec-Fetch-Site": "same-origin",
			},
			body: "language=nl&redirectTo=/",
		});
		expect(response.status).toBe(302);
	});

	it("refuses an oversized body before reading it", async () => {
		const response = await fetch(`${app.url}/language`, {
			method: "POST",
			headers: { "Content-Type": "application/x-www-form-urlencoded", "Sec-Fetch-Site": "same-origin" },
			body: `language=nl&padding=${"x".repeat(1_100_000)}`,
		});
		expect(response.status).toBe(413);
		expect(await response.text()).toContain("Envoi trop volumineux");
	});

	it("answers a malformed form post with a 400 page, not a 500", async () => {
		const response = await fetch(`${app.url}/language`, {
			method: "POST",
			headers: { "Content-Type": "application/x-www-form-urlencoded", "Sec-Fetch-Site": "same-origin" },
			body: "language=klingon",
		});
		expect(response.status).toBe(400);
	});
});

describe("graceful shutdown", () => {
	it("lets an in-flight request finish after SIGTERM, then exits cleanly", async () => {
		const body = "language=nl&redirectTo=/";
		const url = new URL(`${app.url}/language`);
		const responseStatus = new Promise<number>((resolve, reject) => {
			const request = http.request(
				{
					host: url.hostname,
					port: url.port,
					path: url.pathname,
					method: "POST",
					headers: {
						"Content-Type": "application/x-www-form-urlencoded",
						"Content-Length": Buffer.byteLength(body),
						"Sec-Fetch-Site": "same-origin",
					},
				},
				(response) => {
					response.resume();
					resolve(response.statusCode ?? 0);
				},
			);
			request.on("error", reject);
			// Send half of the body, signal the server, then the rest.
			request.write(body.slice(0, 5));
			setTimeout(() => {
				app.process.kill("SIGTERM");
				setTimeout(() => request.end(body.slice(5)), 300);
			}, 200);
		});
		expect(await responseStatus).toBe(302);
		const exitCode = await new Promise<number | null>((resolve) => {
			if (app.process.exitCode !== null) resolve(app.process.exitCode);
			else app.process.once("exit", (code) => resolve(code));
		});
		expect(exitCode).toBe(0);
		expect(app.output()).toContain('"msg":"stopped"');
	});
});
