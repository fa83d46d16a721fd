/**
 * Page rendering throughput: the home page of the built application (server-rendered, on
 * SQLite with demo data) against a bare node:http server sending a page of the same size,
 * both loaded by autocannon in this run on this machine. Prints both and their ratio.
 *
 *   npm run build && npm run bench:pages [-- --duration 10 --connections 10 --path /]
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startAppServer } from "#tests/support/app-server.ts";

const { values } = parseArgs({
	options: {
		duration: { type: "string", default: "10" },
		connections: { type: "string", default: "10" },
		path: { type: "string", default: "/" },
	},
});
const duration = Number(values.duration);
const connections = Number(values.connections);

type Figures = { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number };

async function load(url: string): Promise<Figures> {
	// A short warm-up so both servers are measured hot.
	await autocannon({ url, connections, duration: 2 });
	const result = await autocannon({ url, connections, duration, headers: { "accept-language": "fr-BE" } });
	return {
		requestsPerSecond: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		errors: result.errors + result.timeouts,
		non2xx: result.non2xx,
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
	return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill("SIGTERM") };
}

function row(name: string, figures: Figures): string {
	return `${name.padEnd(28)} ${figures.requestsPerSecond.toFixed(0).padStart(8)} req/s   p50 ${String(figures.p50).padStart(4)} ms   p99 ${String(figures.p99).padStart(4)} ms   errors ${figures.errors}   non-2xx ${figures.non2xx}`;
}

const app = await startAppServer({ env: { LOG_LEVEL: "warn" } });
try {
	const pageUrl = `${app.url}${values.path}`;
	const sample = await fetch(pageUrl, { headers: { "accept-language": "fr-BE" } });
	const bytes = (await sample.text()).length;
	const bare = await startBareServer(bytes);
	try {
		console.log(`Page ${values.path}: ${bytes} bytes; ${connections} connections, ${duration} s each, same machine.`);
		const rendered = await load(pageUrl);
		const baseline = await load(bare.url);
		console.log(row(`rendered ${values.path}`, rendered));
		console.log(row("bare node:http", baseline));
		console.log(
			`ratio rendered/bare: throughput ${(rendered.requestsPerSecond / baseline.requestsPerSecond).toFixed(3)}, p50 latency ${(rendered.p50 / Math.max(baseline.p50, 1)).toFixed(1)}x`,
		);
	} finally {
		bare.stop();
	}
} finally {
	await app.stop();
}
