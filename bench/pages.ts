/**
 * Page rendering: signed-in parent pages of the built application (server-rendered, demo data,
 * on SQLite or on the PostgreSQL of DATABASE_URL) against a bare node:http server sending a
 * page of the same size, both loaded the same way by autocannon in this run on this machine.
 * Prints, for each: throughput, p50/p95/p99 latency, and the server's CPU milliseconds per
 * request (read from /proc, steady on a noisy machine), then the ratios. A third row, the
 * framework's floor, is the same server answering its public strings route (no session, no
 * database, no rendering): what any request costs before the page's own work (decision 044).
 *
 *   npm run build && npm run bench:pages [-- --duration 10 --connections 10 --workers 2 --page camps]
 *
 * `--page` is a path, or a section of the demo parent's first child (camps, activities,
 * general, medical…). Target (issue 15): ≤ 1.5 ms of server CPU per GET of « Stages ».
 */

import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { roleCredentials, signInOverHttp } from "#tests/e2e/support/http-session.ts";
import { startAppServer } from "#tests/support/app-server.ts";
import { frameworkFloorUrl } from "./framework-floor.ts";
import { processTreeCpuMs } from "./process-cpu.ts";

const { values } = parseArgs({
	options: {
		duration: { type: "string", default: "10" },
		connections: { type: "string", default: "10" },
		page: { type: "string", default: "camps" },
		workers: { type: "string", default: String(os.availableParallelism()) },
	},
});
const duration = Number(values.duration);
const connections = Number(values.connections);

type Figures = {
	requests: number;
	requestsPerSecond: number;
	p50: number;
	p95: number;
	p99: number;
	errors: number;
	non2xx: number;
	cpuMsPerRequest: number;
};

async function load(url: string, pid: number, headers: Record<string, string>): Promise<Figures> {
	// A short warm-up so both servers are measured hot.
	await autocannon({ url, connections, duration: 2, headers });
	const cpuBefore = processTreeCpuMs(pid);
	const result = await autocannon({ url, connections, duration, headers });
	const cpuMs = processTreeCpuMs(pid) - cpuBefore;
	return {
		requests: result.requests.total,
		requestsPerSecond: result.requests.average,
		p50: result.latency.p50,
		p95: result.latency.p97_5,
		p99: result.latency.p99,
		errors: result.errors + result.timeouts,
		non2xx: result.non2xx,
		cpuMsPerRequest: cpuMs / Math.max(result.requests.total, 1),
	};
}

async function startBareServer(bytes: number) {
	const child = spawn(process.execPath, [
		"--import",
		"tsx",
		path.join(import.meta.dirname, "bare-http-server.ts"),
		String(bytes),
	]);
	const port = await new Promise<number>((resolve) =>
		child.stdout.once("data", (chunk: Buffer) => resolve((JSON.parse(chunk.toString()) as { port: number }).port)),
	);
	return { url: `http://127.0.0.1:${port}/`, pid: child.pid as number, stop: () => child.kill("SIGTERM") };
}

function row(name: string, figures: Figures): string {
	return `${name.padEnd(32)} ${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s   p50 ${String(figures.p50).padStart(4)} ms   p97.5 ${String(figures.p95).padStart(4)} ms   p99 ${String(figures.p99).padStart(4)} ms   ${figures.cpuMsPerRequest.toFixed(2)} ms CPU/request   errors ${figures.errors}   non-2xx ${figures.non2xx}`;
}

const database = process.env.DATABASE_URL?.startsWith("postgres") ? "postgres" : "sqlite";
// SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/profiles" profiles the server and its workers.
const nodeArgs = process.env.SERVER_NODE_ARGS?.split(/\s+/).filter(Boolean);
const app = await startAppServer({ env: { LOG_LEVEL: "warn", WEB_CONCURRENCY: values.workers }, nodeArgs });
try {
	const cookie = await signInOverHttp(app.url, roleCredentials.parent);
	const headers = { cookie, "accept-language": "fr-BE" };
	let pagePath = values.page;
	if (!pagePath.startsWith("/")) {
		const children = await (await fetch(`${app.url}/children`, { headers })).text();
		const childId = /\/children\/([0-9a-f-]{36})\//.exec(children)?.[1];
		if (!childId) throw new Error("the demo parent has no child");
		pagePath = `/children/${childId}/${values.page}`;
	}
	const sample = await fetch(`${app.url}${pagePath}`, { headers, redirect: "manual" });
	if (sample.status !== 200) throw new Error(`${pagePath} answered ${sample.status}`);
	const html = await sample.text();
	const bytes = html.length;
	const floorUrl = frameworkFloorUrl(app.url, html);
	const bare = await startBareServer(bytes);
	try {
		console.log(
			`Page ${pagePath} as the demo parent: ${bytes} bytes; ${database}; ${values.workers} server worker(s); ${connections} connections, ${duration} s each; Node ${process.version}, ${os.availableParallelism()} CPUs.`,
		);
		const rendered = await load(`${app.url}${pagePath}`, app.process.pid as number, headers);
		const floor = await load(floorUrl, app.process.pid as number, headers);
		const baseline = await load(bare.url, bare.pid, headers);
		console.log(row("rendered page", rendered));
		console.log(row("framework floor (strings route)", floor));
		console.log(row("baseline (bare node:http)", baseline));
		console.log(
			`ratio rendered/bare: throughput ${(rendered.requestsPerSecond / baseline.requestsPerSecond).toFixed(3)}, p50 latency ${(rendered.p50 / Math.max(baseline.p50, 1)).toFixed(1)}x, CPU per request ${(rendered.cpuMsPerRequest / baseline.cpuMsPerRequest).toFixed(1)}x`,
		);
		console.log(
			`ratio rendered/floor: CPU per request ${(rendered.cpuMsPerRequest / floor.cpuMsPerRequest).toFixed(1)}x; floor/bare: ${(floor.cpuMsPerRequest / baseline.cpuMsPerRequest).toFixed(1)}x`,
		);
	} finally {
		bare.stop();
	}
} finally {
	await app.stop();
}
