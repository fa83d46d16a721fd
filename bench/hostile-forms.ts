/**
 * What a hostile form costs the server: each body of issue 10 §1 (a huge sparse index, 50,000
 * repeated fields, a name 10,000 segments deep) and a JSON body, posted to the sign-in action
 * of the built application, against a bare node:http server that only parses the same body as
 * a URL-encoded form. Prints, per body, the server's CPU milliseconds per request (from
 * /proc/<pid>/stat, steady on a noisy machine), the wall time per request, the statuses, and
 * the ratio to the baseline. A small ordinary form is measured the same way for comparison.
 *
 *   npm run build && npm run bench:hostile-forms [-- --requests 100]
 */
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { startAppServer } from "#tests/support/app-server.ts";
import { processCpuMs } from "./process-cpu.ts";

const { values } = parseArgs({ options: { requests: { type: "string", default: "100" } } });
const requests = Number(values.requests);

const urlencoded = "application/x-www-form-urlencoded";
const bodies: { name: string; type: string; body: string }[] = [
	{ name: "ordinary sign-in form", type: urlencoded, body: "identifier=&password=" },
	{ name: "x[999999999]=1", type: urlencoded, body: "x[999999999]=1" },
	{ name: "x[10000000]=1", type: urlencoded, body: "x[10000000]=1" },
	{ name: "a=1& x 50,000 (200 kB)", type: urlencoded, body: "a=1&".repeat(50_000) },
	{ name: "a.a.a… 10,000 segments", type: urlencoded, body: `${"a.".repeat(10_000)}a=1` },
	{ name: "JSON body", type: "application/json", body: '{"identifier":"x","password":"y"}' },
];

function post(url: string, type: string, body: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const request = http.request(url, {
			method: "POST",
			agent: false,
			headers: { "content-type": type, "content-length": Buffer.byteLength(body) },
		});
		request.on("error", reject);
		request.on("response", (response) => {
			response.resume();
			response.on("end", () => resolve(response.statusCode ?? 0));
		});
		request.end(body);
	});
}

/** Sequential requests, so CPU per request is not blurred by queueing. */
async function measure(pid: number, url: string, type: string, body: string) {
	await post(url, type, body); // warm-up
	const statuses = new Map<number, number>();
	const cpuBefore = processCpuMs(pid);
	const started = performance.now();
	for (let index = 0; index < requests; index++) {
		const status = await post(url, type, body);
		statuses.set(status, (statuses.get(status) ?? 0) + 1);
	}
	return {
		cpuMs: (processCpuMs(pid) - cpuBefore) / requests,
		wallMs: (performance.now() - started) / requests,
		statuses: [...statuses].map(([status, count]) => `${status}×${count}`).join(" "),
	};
}

async function startBareServer() {
	const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "bare-form-server.ts")]);
	const port = await new Promise<number>((resolve) =>
		child.stdout.once("data", (chunk: Buffer) => resolve((JSON.parse(chunk.toString()) as { port: number }).port)),
	);
	return { url: `http://127.0.0.1:${port}/`, pid: child.pid as number, stop: () => child.kill("SIGTERM") };
}

const app = await startAppServer({ env: { LOG_LEVEL: "warn" } });
const bare = await startBareServer();
try {
	console.log(`${requests} sequential requests per body, one connection each, same machine.`);
	console.log(
		`${"body".padEnd(26)} ${"app CPU/req".padStart(12)} ${"bare CPU/req".padStart(13)} ${"ratio".padStart(7)} ${"app wall/req".padStart(13)}  app statuses`,
	);
	for (const { name, type, body } of bodies) {
		const measured = await measure(app.process.pid as number, `${app.url}/sign-in`, type, body);
		const baseline = await measure(bare.pid, bare.url, type, body);
		console.log(
			`${name.padEnd(26)} ${`${measured.cpuMs.toFixed(2)} ms`.padStart(12)} ${`${baseline.cpuMs.toFixed(2)} ms`.padStart(13)} ${(measured.cpuMs / Math.max(baseline.cpuMs, 0.01)).toFixed(1).padStart(7)} ${`${measured.wallMs.toFixed(1)} ms`.padStart(13)}  ${measured.statuses}`,
		);
	}
	const health = await fetch(`${app.url}/healthz`);
	console.log(`server still answering /healthz: ${health.status}`);
} finally {
	bare.stop();
	await app.stop();
}
